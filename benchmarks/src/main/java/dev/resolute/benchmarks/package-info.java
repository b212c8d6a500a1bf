/**
 * JMH benchmarks of Resolute. Each measures against a baseline in the same run; targets are ratios.
 * Build with {@code mvn -B -pl benchmarks -am package -DskipTests}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar}. Figures are in {@code benchmarks/RESULTS.md}.
 */
package dev.resolute.benchmarks;
