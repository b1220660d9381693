"""The address of each kind of record on the site: `/<section>/<id>/`."""

SECTIONS = {
    "decision": "quyet-dinh",
    "example": "dien-hinh",
    "campaign": "phong-trao",
    "unit": "don-vi",
}
