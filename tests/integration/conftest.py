"""Fixtures shared by the integration tier."""

import pytest


@pytest.fixture(scope="module")
def client():
    """A Dask client on one in-process worker thread (starts in well under a
    second); the test is skipped without ``distributed``."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected
