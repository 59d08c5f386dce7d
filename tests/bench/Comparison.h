#pragma once

#include <benchmark/benchmark.h>
#include <initializer_list>
#include <vector>

namespace stepstone::bench {

// One line of scripts/bench: the app's way and its baseline, measured in the same run and
// printed as "<name> app_ms=<a> baseline_ms=<b> ratio=<r>".
struct Comparison {
    const char* name;
    void (*app)(benchmark::State&);
    void (*baseline)(benchmark::State&);
};

// Every comparison of the benchmark program, in the order the files list them.
std::vector<Comparison>& comparisons();

// Lists a file's comparisons (a namespace-scope object per file).
struct ComparisonList {
    ComparisonList(std::initializer_list<Comparison> list) {
        comparisons().insert(comparisons().end(), list);
    }
};

} // namespace stepstone::bench
