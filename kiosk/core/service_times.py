"""Service times as a log-normal distribution: fitted to observed seconds, sampled, and the time left on a
ticket already in service (a skewed distribution: the median of 107 s hides a mean of 177 s)."""
from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

DEFAULT_SIGMA = 0.8  # the spread of log service times when too few were seen (bank counters: 0.6-1.0)
MIN_SECONDS = 5.0  # a finish within 5 s of the start is a slip of the finger, not a service


_NORMAL = NormalDist()
_phi, _inverse_phi = _NORMAL.cdf, _NORMAL.inv_cdf


@dataclass(frozen=True)
class ServiceTime:
    """Log-normal service time: log(seconds) ~ Normal(mu, sigma)."""

    mu: float
    sigma: float

    @classmethod
    def from_mean(cls, mean_s: float, sigma: float = DEFAULT_SIGMA) -> ServiceTime:
        """The distribution with this mean and log-spread (the configured default minutes of a service)."""
        return cls(math.log(max(mean_s, 1.0)) - sigma * sigma / 2, sigma)

    @classmethod
    def fit(cls, seconds: Sequence[float], default_mean_s: float, needed: int = 5,
            sigma_floor: float = 0.2) -> ServiceTime:
        """Fitted to observed service seconds (moments of their logarithms) once `needed` were seen;
        otherwise the default mean with the default spread."""
        return cls.fit_weighted([(s, 1.0) for s in seconds], default_mean_s, needed, sigma_floor)

    @classmethod
    def fit_weighted(cls, samples: Sequence[tuple[float, float]], default_mean_s: float, needed: int = 5,
                     sigma_floor: float = 0.2) -> ServiceTime:
        """Like fit, each observed (seconds, weight) counting by its weight (`needed` counts observations)."""
        logs = [(math.log(s), w) for s, w in samples if s >= MIN_SECONDS and w > 0]
        if len(logs) < max(needed, 2):
            return cls.from_mean(default_mean_s)
        total = sum(w for _, w in logs)
        mu = sum(x * w for x, w in logs) / total
        var = sum((x - mu) ** 2 * w for x, w in logs) / total * len(logs) / (len(logs) - 1)
        return cls(mu, max(math.sqrt(var), sigma_floor))

    @property
    def mean(self) -> float:
        return math.exp(self.mu + self.sigma * self.sigma / 2)

    @property
    def median(self) -> float:
        return math.exp(self.mu)

    def quantile(self, p: float) -> float:
        """Seconds below which a share `p` (0 < p < 1) of services end."""
        return math.exp(self.mu + self.sigma * _inverse_phi(p))

    def sample(self, rng: random.Random) -> float:
        return rng.lognormvariate(self.mu, self.sigma)

    def mean_left(self, elapsed_s: float) -> float:
        """Expected seconds still to come for a service already `elapsed_s` long:
        E[S - e | S > e] = mean * Phi((mu + sigma^2 - ln e) / sigma) / Phi((mu - ln e) / sigma) - e."""
        if elapsed_s <= 0:
            return self.mean
        ln_e, s = math.log(elapsed_s), self.sigma
        survive = _phi((self.mu - ln_e) / s)
        if survive < 1e-9:  # far past every usual service: expect a short remainder
            return elapsed_s * s * s / max(ln_e - self.mu, 1e-3)
        return max(self.mean * _phi((self.mu + s * s - ln_e) / s) / survive - elapsed_s, 0.0)

    def sample_left(self, elapsed_s: float, rng: random.Random) -> float:
        """A sampled remainder for a service already `elapsed_s` long (drawn given S > e)."""
        if elapsed_s <= 0:
            return self.sample(rng)
        low = _phi((math.log(elapsed_s) - self.mu) / self.sigma)
        if low > 1 - 1e-9:
            return self.mean_left(elapsed_s)
        u = low + (1 - low) * rng.random()
        return max(self.quantile(min(max(u, 1e-12), 1 - 1e-12)) - elapsed_s, 0.0)

