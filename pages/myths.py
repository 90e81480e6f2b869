from components.dataset_view import dataset_page
from components.navigation import MYTHS

dataset_page(MYTHS, ["myths", "evidence", "events"])
