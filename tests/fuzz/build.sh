#!/bin/sh
# Configures and builds the fuzz targets with clang (through ccache when it is there).
# Usage: build.sh SOURCE_DIR BUILD_DIR
set -eu
source_dir=$1 build_dir=$2
launcher=""
if command -v ccache >/dev/null; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 $launcher
cmake --build "$build_dir"
