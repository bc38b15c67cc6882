#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the table's two feedback sounds as 16-bit mono WAV files:
success = one short high beep, error = two low beeps. Run from the repository root:
    scripts/make-sounds.py resources/sounds
"""
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050


def tone(freq, ms, volume=0.6):
    n = int(RATE * ms / 1000)
    fade = int(RATE * 0.008)  # 8 ms ramps so the beep does not click
    out = []
    for i in range(n):
        env = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(volume * env * math.sin(2 * math.pi * freq * i / RATE))
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(path, samples):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/sounds")
    out.mkdir(parents=True, exist_ok=True)
    write(out / "success.wav", tone(1760, 120))
    write(out / "error.wav", tone(330, 160) + silence(90) + tone(330, 160))


if __name__ == "__main__":
    main()
