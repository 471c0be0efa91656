package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./rasid}: the command-line tool. */
@Command(name = "rasid", mixinStandardHelpOptions = true, version = "rasid 0.1.0",
    description = "Arabic news to checkable records: quotations, entities, places, dates, amounts, events.",
    subcommands = {ExtractCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code: 0 all good, 1 some documents failed, 2 usage. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
