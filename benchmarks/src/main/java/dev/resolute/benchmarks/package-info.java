/**
 * JMH benchmarks of Resolute. Each measures against a baseline in the same run; targets are ratios.
 * Build with {@code mvn -B -pl benchmarks -am package -DskipTests}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar}. Figures are in {@code benchmarks/RESULTS.md}.
 *
 * <p>Every fork runs on a fixed heap touched before the first iteration ({@code -Xms} equal to
 * {@code -Xmx}, {@code -XX:+AlwaysPreTouch}): on the shared build machine, heap pages met for the
 * first time cost page faults that made the same code take 0.5 ms in one fork and 5 ms in another.
 *
 * <p>The regex baselines keep a variance of their own: by how the JIT compiles {@code Matcher.find}
 * in a fork, a fork runs in a fast mode or in one about twice as slow, while Resolute's forks agree
 * within a few percent. A ratio read from one fork rides on that draw; run the parse and citation
 * benchmarks with five forks ({@code -f 5}) and compare means, as {@code RESULTS.md} does.
 */
package dev.resolute.benchmarks;
