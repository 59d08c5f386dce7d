// Registers every comparison the benchmark files list (name/app and name/baseline) and prints
// each once both of its sides ran, in milliseconds per operation.
#include "Comparison.h"

#include <cstdio>
#include <map>
#include <string>

namespace stepstone::bench {

std::vector<Comparison>& comparisons() {
    static std::vector<Comparison> all;
    return all;
}

namespace {

class ComparisonReporter final : public benchmark::BenchmarkReporter {
public:
    bool ReportContext(const Context&) override { return true; }

    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            if (run.run_type != Run::RT_Iteration)
                continue;
            const double ms = run.error_occurred ? -1 : run.GetAdjustedRealTime();
            m_ms[run.benchmark_name()] = ms;
        }
    }

    void Finalize() override {
        for (const Comparison& comparison : comparisons()) {
            const auto app = m_ms.find(std::string(comparison.name) + "/app");
            const auto baseline = m_ms.find(std::string(comparison.name) + "/baseline");
            if (app == m_ms.end() || baseline == m_ms.end())
                continue;
            if (app->second < 0 || baseline->second < 0) {
                std::printf("%s failed\n", comparison.name);
                continue;
            }
            std::printf("%s app_ms=%.4f baseline_ms=%.4f ratio=%.2f\n", comparison.name,
                        app->second, baseline->second, app->second / baseline->second);
        }
        std::fflush(stdout);
    }

private:
    std::map<std::string, double> m_ms;
};

} // namespace

} // namespace stepstone::bench

int main(int argc, char** argv) {
    using namespace stepstone::bench;
    for (const Comparison& comparison : comparisons()) {
        benchmark::RegisterBenchmark((std::string(comparison.name) + "/app").c_str(),
                                     comparison.app)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((std::string(comparison.name) + "/baseline").c_str(),
                                     comparison.baseline)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ComparisonReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
