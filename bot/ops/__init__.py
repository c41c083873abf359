"""Operations: the health and metrics HTTP endpoint and the counters behind it."""
