package org.rasid.cli;

import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true, description = "placeholder")
final class TrainCommand implements Runnable {
  @Override public void run() { }
}
