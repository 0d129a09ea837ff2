"""Scale-out: the per-article work of a corpus on a Ray cluster (``storycheck check --ray ADDRESS``).

See :mod:`storycheck.scale.ray_workers`. Ray is an optional dependency
(``pip install 'storycheck[scale]'``); nothing imports it unless asked to.
"""

from storycheck.scale.ray_workers import connect, parse_on_ray

__all__ = ["connect", "parse_on_ray"]
