package io.escapement.shipping.waybill;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Waybill labels rendered per second on one thread (target ≥ 50). Run with {@code bench/waybill.sh};
 * figures in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class WaybillBenchmark {

    private final WaybillPdf pdf = new WaybillPdf(WaybillPdfTests.messages());
    private final WaybillLabel label = WaybillPdfTests.label();

    @Benchmark
    public byte[] render() {
        return pdf.render(label, Locale.SIMPLIFIED_CHINESE);
    }
}
