from components.dataset_view import dataset_page
from components.navigation import BUDGETS

dataset_page(BUDGETS, ["budgets", "budget_notes", "exercises"])
