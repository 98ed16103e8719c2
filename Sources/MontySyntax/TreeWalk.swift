// Child enumeration for the syntax tree. Walkers that may meet very deep expression spines
// (long flat chains, see `Module`) use `children(of:)` with an explicit stack instead of recursion.

public enum TreeWalk {
  /// The direct sub-expressions of an expression, in source order (patterns' expressions included).
  public static func children(of e: Expr) -> [Expr] {
    switch e.kind {
    case .name, .constant: return []
    case .joinedStr(let parts): return parts
    case .formattedValue(let v, _, let spec): return [v] + (spec.map { [$0] } ?? [])
    case .boolOp(_, let values): return values
    case .namedExpr(let t, let v): return [t, v]
    case .binOp(let l, _, let r): return [l, r]
    case .unaryOp(_, let o): return [o]
    case .lambda(let p, let body): return parameterExprs(p) + [body]
    case .ifExp(let t, let b, let o): return [t, b, o]
    case .dict(let keys, let values): return keys.compactMap { $0 } + values
    case .set(let items), .list(let items), .tuple(let items): return items
    case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
      return [elt] + gens.flatMap { [$0.target, $0.iter] + $0.ifs }
    case .dictComp(let k, let v, let gens): return [k, v] + gens.flatMap { [$0.target, $0.iter] + $0.ifs }
    case .await(let v), .yieldFrom(let v), .starred(let v): return [v]
    case .yield(let v): return v.map { [$0] } ?? []
    case .compare(let l, _, let rights): return [l] + rights
    case .call(let f, let args, let keywords): return [f] + args + keywords.map(\.value)
    case .attribute(let v, _): return [v]
    case .subscript(let v, let i): return [v, i]
    case .slice(let a, let b, let c): return [a, b, c].compactMap { $0 }
    }
  }

  public static func parameterExprs(_ p: Parameters) -> [Expr] {
    let params = p.posonly + p.args + p.kwonly + [p.vararg, p.kwarg].compactMap { $0 }
    return params.compactMap(\.annotation) + p.defaults + p.kwDefaults.compactMap { $0 }
  }

  /// The direct sub-expressions and sub-statements of a statement.
  public static func children(of s: Stmt) -> (exprs: [Expr], stmts: [Stmt]) {
    switch s.kind {
    case .expr(let e): return ([e], [])
    case .assign(let targets, let value): return (targets + [value], [])
    case .augAssign(let t, _, let v): return ([t, v], [])
    case .annAssign(let t, let a, let v, _): return ([t, a] + (v.map { [$0] } ?? []), [])
    case .return(let v): return (v.map { [$0] } ?? [], [])
    case .delete(let targets): return (targets, [])
    case .pass, .break, .continue, .global, .nonlocal, .import, .importFrom: return ([], [])
    case .raise(let e, let c): return ([e, c].compactMap { $0 }, [])
    case .assert(let t, let m): return ([t] + (m.map { [$0] } ?? []), [])
    case .if(let t, let b, let o), .while(let t, let b, let o): return ([t], b + o)
    case .for(let t, let i, let b, let o, _): return ([t, i], b + o)
    case .with(let items, let body, _):
      return (items.flatMap { [$0.contextExpr] + ($0.optionalVars.map { [$0] } ?? []) }, body)
    case .try(let body, let handlers, let orelse, let finalbody, _):
      return (handlers.compactMap(\.type), body + handlers.flatMap(\.body) + orelse + finalbody)
    case .functionDef(let f):
      return (f.decorators + parameterExprs(f.parameters) + (f.returns.map { [$0] } ?? []), f.body)
    case .classDef(let c): return (c.decorators + c.bases + c.keywords.map(\.value), c.body)
    case .match(let subject, let cases):
      return ([subject] + cases.compactMap(\.guardExpr), cases.flatMap(\.body))
    }
  }
}

