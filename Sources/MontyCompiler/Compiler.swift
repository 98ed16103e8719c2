// The compiler layer: source → checked syntax tree today; the resolver (scopes) and the register
// bytecode compiler land here next (issue 3). It depends on MontySyntax only.
import MontySyntax

public enum Compiler {
  /// Parses a module; the single entry the layers above use to reach the front end.
  public static func parse(_ source: SourceFile) throws(SyntaxError) -> Module {
    try Parser.parse(source)
  }
}
