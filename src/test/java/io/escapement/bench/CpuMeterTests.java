package io.escapement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The benchmark's CPU readout reads the right fields of {@code /proc}, on Linux as CI runs it. */
class CpuMeterTests {

    @Test
    void countsTheCpuThatThisProcessBurnsAndNothingOfAnIdleOne() throws Exception {
        long self = ProcessHandle.current().pid();
        var idle = new ProcessBuilder("sleep", "5").start();
        try {
            var before = CpuMeter.read(idle.pid());
            long threadBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long spin = System.nanoTime() + 400_000_000L;
            long sink = 0;
            while (System.nanoTime() < spin) {
                sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
            }
            long burnt = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadBefore;
            var used = CpuMeter.read(idle.pid()).since(before);

            assertThat(sink).isNotNegative();
            long burntTicks = burnt / 10_000_000L;
            assertThat(used.driver()).as("this process's ticks").isGreaterThanOrEqualTo(burntTicks - 2);
            assertThat(used.machine()).as("the machine's busy ticks").isGreaterThanOrEqualTo(used.driver() - 2);
            assertThat(used.application()).as("a sleeping process").isLessThanOrEqualTo(1);
            assertThat(CpuMeter.read(self).application()).as("read by pid").isPositive();
            assertThat(used.perOrder(4)).contains("driver " + String.format("%.1f", used.driver() * 10 / 4.0) + " ms");
        } finally {
            idle.destroy();
        }
    }

    @Test
    void aProcessThatIsGoneCountsNothing() throws Exception {
        var gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertThat(CpuMeter.read(gone.pid()).application()).isZero();
    }
}
