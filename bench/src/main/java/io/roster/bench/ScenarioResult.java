package io.roster.bench;

import java.util.ArrayList;
import java.util.List;

/** What one scenario run measured: its figures and the notes that explain them. */
public final class ScenarioResult {

  private final List<Figure> figures = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();

  public ScenarioResult add(Figure figure) {
    figures.add(figure);
    return this;
  }

  public ScenarioResult note(Note note) {
    notes.add(note);
    return this;
  }

  public List<Figure> figures() {
    return List.copyOf(figures);
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  ScenarioResult withMemory(PeakMemory memory) {
    var result = new ScenarioResult();
    figures.forEach(f -> result.add(f.withMemory(memory)));
    notes.forEach(result::note);
    return result;
  }
}
