package io.escapement.vault;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of decrypting one field: warm (data key in the cache) and cold (key unwrapped from the key
 * store under the master key). Run with {@code bench/vault.sh}; figures in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class VaultBenchmark {

    private static final int SUBJECTS = 1_000;
    private static final String FIELD = "buyer.Buyer.phone";

    private DataKeys warm;
    private DataKeys cold;
    private final List<SubjectId> subjects = new ArrayList<>();
    private final List<byte[]> ciphertexts = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void createSubjects() throws Exception {
        VaultConfiguration.registerPrimitives();
        var keyDir = Files.createTempDirectory("vault-bench");
        warm = DataKeysTests.dataKeys(keyDir, SUBJECTS * 2);
        cold = DataKeysTests.dataKeys(keyDir, 1);
        for (int i = 0; i < SUBJECTS; i++) {
            var subject = SubjectId.random();
            var key = warm.create(subject);
            subjects.add(subject);
            ciphertexts.add(PersonalDataVault.seal(key, subject, FIELD, "+86138" + String.format("%08d", i)));
        }
    }

    @Benchmark
    public String decryptWarm() {
        int i = next++ % SUBJECTS;
        var subject = subjects.get(i);
        return PersonalDataVault.open(warm.find(subject).orElseThrow(), subject, FIELD, ciphertexts.get(i));
    }

    /** A cache of one: every read unwraps the subject's keyset from its file under the master key. */
    @Benchmark
    public String decryptCold() {
        int i = next++ % SUBJECTS;
        var subject = subjects.get(i);
        return PersonalDataVault.open(cold.find(subject).orElseThrow(), subject, FIELD, ciphertexts.get(i));
    }
}
