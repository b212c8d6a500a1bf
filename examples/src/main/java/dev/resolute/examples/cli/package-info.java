/** The {@code resolute} command-line tool: {@code java -jar examples/target/resolute.jar --help}. */
package dev.resolute.examples.cli;
