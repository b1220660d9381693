"""Static transparency portal for emulation and commendation (thi đua, khen thưởng) of a ward."""
