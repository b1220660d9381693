"""The address of each kind of page on the site: `/<section>/<id>/`."""

SECTIONS = {
    "decision": "quyet-dinh",
    "example": "dien-hinh",
    "campaign": "phong-trao",
    "unit": "don-vi",
    "block": "khoi-thi-dua",
    "consultation": "lay-y-kien",
    "report": "bao-cao",
    "meeting": "hoi-dong",
    "plan": "ke-hoach",
    "awards": "khen-thuong",
    "statistics": "thong-ke",
    "search": "tim-kiem",
    "data": "du-lieu",
}

# Share cards (Open Graph images) live here; pages without a card of their own use the default.
SHARE_FOLDER = "assets/chia-se"
DEFAULT_CARD = "cong-thong-tin.png"

# Folders of data/ whose records have pages, for links written as "<folder>/<code>".
FOLDER_SECTIONS = {
    "quyet_dinh": "decision",
    "dien_hinh": "example",
    "phong_trao": "campaign",
    "don_vi": "unit",
    "khoi_thi_dua": "block",
    "lay_y_kien": "consultation",
    "bao_cao": "report",
    "hoi_dong": "meeting",
}


def record_url(kind: str, record_id: str) -> str:
    """A record's page, relative to the site's root, e.g. `quyet-dinh/15-qd-ubnd-2026/`."""
    return f"{SECTIONS[kind]}/{record_id}/"
