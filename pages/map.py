from components.dataset_view import dataset_page
from components.navigation import MAP

dataset_page(MAP, ["sites"])
