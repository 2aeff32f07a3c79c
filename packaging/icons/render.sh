#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders the app icon from schoolwatch.svg into the files jpackage and the desktop entry use:
#   schoolwatch-<size>.png (Linux), schoolwatch.ico (Windows), schoolwatch.icns (macOS).
# The results are committed, so building an installer needs neither ImageMagick nor icnsutils;
# run this only after changing the SVG. Needs: imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  # Render at a density that gives at least the target size, then scale down: crisp small sizes.
  convert -background none -density 384 schoolwatch.svg -resize "${size}x${size}" \
    -define png:exclude-chunks=date,time "PNG32:schoolwatch-$size.png"
done
convert schoolwatch-16.png schoolwatch-32.png schoolwatch-48.png schoolwatch-64.png schoolwatch-256.png schoolwatch.ico
png2icns schoolwatch.icns schoolwatch-16.png schoolwatch-32.png schoolwatch-48.png schoolwatch-128.png \
  schoolwatch-256.png schoolwatch-512.png >/dev/null
