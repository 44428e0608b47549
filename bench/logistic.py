"""L2-regularised logistic regression by Newton's method, for bench/furniture_fit.py (a few dozen
features, a few thousand examples: no library needed)."""

from __future__ import annotations

import math


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrices are a few dozen wide)."""
    n = len(rhs)
    a = [row[:] + [rhs[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit(
    rows: list[list[float]],
    labels: list[int],
    l2: float,
    counts: list[float] | None = None,
    offsets: list[float] | None = None,
    rounds: int = 25,
) -> list[float]:
    """Weights maximising the L2-penalised log-likelihood (the bias, the first column, unpenalised);
    `counts` weighs each example (edited body copy counts more: a false alarm costs more than a miss).
    With `offsets` (each example's score under weights kept as they are) only the columns given are
    fitted, every one penalised: the pack's shapes are weighed without moving the rest of the model."""
    counts = counts or [1.0] * len(rows)
    width, free = len(rows[0]), int(offsets is None)
    offsets = offsets or [0.0] * len(rows)
    w = [0.0] * width
    for _ in range(rounds):
        grad = [(-l2 * w[j] if j >= free else 0.0) for j in range(width)]
        hess = [[(l2 if i == j and i >= free else 0.0) for j in range(width)] for i in range(width)]
        for x, y, c, o in zip(rows, labels, counts, offsets, strict=True):
            p = sigmoid(o + sum(a * b for a, b in zip(w, x, strict=True)))
            for i in range(width):
                if x[i]:
                    grad[i] += c * (y - p) * x[i]
                    for j in range(width):
                        if x[j]:
                            hess[i][j] += c * p * (1 - p) * x[i] * x[j]
        for i in range(width):
            hess[i][i] += 1e-9
        step = solve(hess, grad)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def probabilities(rows: list[list[float]], w: list[float]) -> list[float]:
    return [sigmoid(sum(a * b for a, b in zip(w, x, strict=True))) for x in rows]
