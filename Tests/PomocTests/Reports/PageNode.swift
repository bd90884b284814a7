import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed page: a small tree built with Foundation's `XMLParser`, so that a
/// test reads the HTML pages exactly as an XML parser does (a page that is not well-formed
/// does not parse).
final class PageNode {
  let name: String
  let attributes: [String: String]
  var children: [PageNode] = []
  /// Text directly inside, and in children, in document order.
  var text = ""
  weak var parent: PageNode?

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// Every descendant (depth first) named `name`.
  func all(_ name: String) -> [PageNode] {
    var found: [PageNode] = []
    for child in children {
      if child.name == name { found.append(child) }
      found += child.all(name)
    }
    return found
  }

  /// The first descendant named `name`.
  func first(_ name: String) -> PageNode? { all(name).first }

  /// The descendant with this `id`.
  func element(id: String) -> PageNode? {
    if attributes["id"] == id { return self }
    for child in children { if let found = child.element(id: id) { return found } }
    return nil
  }

  /// Text with runs of white space made single spaces, trimmed.
  var trimmedText: String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Parses a whole document; `nil` (with the parser's error) when it is not well-formed XML.
  static func parse(_ text: String) -> (root: PageNode?, error: String?) {
    let builder = Builder()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      return (nil, parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "no root element")
    }
    return (root, nil)
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: PageNode?
    var stack: [PageNode] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let element = PageNode(name: elementName, attributes: attributes)
      element.parent = stack.last
      stack.last?.children.append(element)
      if root == nil { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      for element in stack { element.text += string }
    }
  }
}

/// A table of a page: column keys (`data-key` of the header cells after the corner), and for
/// each row its key and cell texts.
struct PageTable {
  var id: String
  var columns: [String]
  var rows: [(key: String, label: String, cells: [String])]

  init(_ table: PageNode) {
    id = table.attributes["id"] ?? ""
    let header = table.first("thead")?.all("th") ?? []
    columns = header.dropFirst().map { $0.attributes["data-key"] ?? "" }
    rows = (table.first("tbody")?.all("tr") ?? []).map { row in
      (row.attributes["data-key"] ?? "", row.first("th")?.trimmedText ?? "", row.all("td").map(\.trimmedText))
    }
  }

  /// The cell of row `row`, column `column`.
  subscript(row: String, column: String) -> String? {
    guard let r = rows.first(where: { $0.key == row }), let c = columns.firstIndex(of: column), c < r.cells.count
    else { return nil }
    return r.cells[c]
  }
}
