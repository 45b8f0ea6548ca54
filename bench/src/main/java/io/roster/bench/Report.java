package io.roster.bench;

import java.util.List;

/** A run's results as Markdown: the machine, the command, the table, then the notes. */
public record Report(
    String command, Scale scale, Machine machine, String postgres, List<ScenarioResult> results) {

  public List<Figure> figures() {
    return results.stream().flatMap(r -> r.figures().stream()).toList();
  }

  public List<Note> notes() {
    return results.stream().flatMap(r -> r.notes().stream()).toList();
  }

  public String markdown() {
    var out = new StringBuilder();
    out.append("Command: `")
        .append(command)
        .append("` (")
        .append(scale.name())
        .append(" scale)\n\n");
    out.append("Machine: ").append(machine.describe()).append("; ").append(postgres).append("\n\n");
    out.append(
        "| scenario | figure | baseline | ratio | target | memory (bench process); load |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (var f : figures()) {
      out.append("| ")
          .append(f.scenario())
          .append(" | ")
          .append(f.figure())
          .append(" | ")
          .append(f.baseline())
          .append(" | ")
          .append(f.ratioCell())
          .append(" | ")
          .append(f.target())
          .append(f.verdict() == Verdict.NO_TARGET ? "" : ": " + f.verdict().cell())
          .append(" | ")
          .append(f.memory().cell())
          .append(" |\n");
    }
    for (var note : notes()) {
      out.append("\n#### ")
          .append(note.scenario())
          .append(": ")
          .append(note.title())
          .append("\n\n")
          .append(note.markdown())
          .append('\n');
    }
    return out.toString();
  }
}
