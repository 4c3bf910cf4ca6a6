package io.escapement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used on this machine, read from Linux's {@code /proc}: by the application's process, by
 * the PostgreSQL processes, by this driver, and by everything. Two readings give what a phase of the
 * benchmark cost, to divide by the orders it completed. Clock ticks are turned into milliseconds
 * with the usual 100 ticks a second.
 */
record CpuMeter(long application, long postgres, long driver, long machine) {

    private static final long MILLIS_PER_TICK = 10;

    /** A reading now; {@code application} is the application's process id, 0 when unknown. */
    static CpuMeter read(long application) throws IOException {
        long postgres;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            postgres = processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(path -> "postgres".equals(comm(path)))
                    .mapToLong(CpuMeter::ticks)
                    .sum();
        }
        var cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        // user nice system idle iowait irq softirq steal: busy is all but idle and iowait
        long busy = 0;
        for (int i = 1; i <= 8; i++) {
            busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]);
        }
        long app = application > 0 ? ticks(Path.of("/proc", Long.toString(application))) : 0;
        return new CpuMeter(app, postgres, ticks(Path.of("/proc/self")), busy);
    }

    /** What was used from {@code before} to this reading. */
    CpuMeter since(CpuMeter before) {
        return new CpuMeter(
                application - before.application,
                postgres - before.postgres,
                driver - before.driver,
                machine - before.machine);
    }

    /** This difference of two readings in milliseconds per {@code orders}. */
    String perOrder(long orders) {
        return String.format(
                "CPU per completed order: application %.1f ms, PostgreSQL %.1f ms, driver %.1f ms;"
                        + " machine %.1f ms (of which other processes %.1f ms)",
                per(application, orders),
                per(postgres, orders),
                per(driver, orders),
                per(machine, orders),
                per(machine - application - postgres - driver, orders));
    }

    private static double per(long ticks, long orders) {
        return orders == 0 ? 0 : ticks * MILLIS_PER_TICK / (double) orders;
    }

    private static String comm(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim();
        } catch (IOException gone) {
            return "";
        }
    }

    /** User and system time of a process, with its threads, in clock ticks; 0 when it is gone. */
    private static long ticks(Path process) {
        try {
            var stat = Files.readString(process.resolve("stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException gone) {
            return 0;
        }
    }
}
