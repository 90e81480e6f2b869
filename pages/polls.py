from components.dataset_view import dataset_page
from components.navigation import POLLS

dataset_page(POLLS, ["polls"])
