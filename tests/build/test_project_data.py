"""The ward's own data (the repository's data/ and site_config.yml), whatever ward it is.

Other tests use the frozen sample in tests/sample_project; this one is the gate on the data the
ward actually publishes, so that a ward that replaced the sample keeps a meaningful suite.
"""

from generator.cli import main
from tests.conftest import REPO


def test_the_wards_own_data_passes_every_check(capsys):
    assert main(["--project", str(REPO), "check"]) == 0, capsys.readouterr().err
