import OMSCore

/// The create form, over the whole screen: a title, the fields under their headings with each
/// shown problem beneath, the API's refusal, the focused field's hint and the keys. The review of
/// the body and the discard question are drawn here too.
enum FormView {
    static let minimumWidth = 80
    static let minimumHeight = 24
    /// How many fields PgUp and PgDn move.
    static let pageFields = 5

    /// One line of the form's scrolled part.
    struct Line: Equatable {
        var label: String
        var value = ""
        var style: Style = .dialog
        var valueStyle: Style = .dialog
        var field: TaskField?
        /// The focused text or secret field, drawn with its cursor in view.
        var editor: TextField?
    }

    static func fits(width: Int, height: Int) -> Bool { width >= minimumWidth && height >= minimumHeight }

    /// The rows between the title and the three bottom lines.
    static func contentHeight(_ height: Int) -> Int { max(1, height - 4) }

    /// The column the values start at: the longest label in `language` and room for the marker.
    static func labelWidth(_ language: Language) -> Int {
        (TaskField.allCases.map { DisplayWidth.of(language.text($0.label)) }.max() ?? 0) + 4
    }

    static func lines(_ form: TaskForm, unicode: Bool, language: Language) -> [Line] {
        let symbols = Symbols(unicode: unicode)
        let labelWidth = labelWidth(language)
        var lines: [Line] = []
        var section: TaskField.Section?
        for field in form.fields {
            if field.section != section {
                if section != nil { lines.append(Line(label: "")) }
                section = field.section
                lines.append(Line(label: language.text(field.section.title), style: .accent))
            }
            let focused = field == form.focus && form.phase == .editing
            let marker = focused ? (unicode ? "▶ " : "> ") : "  "
            let (value, valueStyle) = shownValue(form, field, focused: focused, symbols: symbols, language: language)
            lines.append(Line(
                label: marker + DisplayWidth.fit(language.text(field.label), to: labelWidth), value: value,
                style: focused ? .dialogButtonFocused : .dialog, valueStyle: focused ? .dialogButtonFocused : valueStyle,
                field: field, editor: focused && form[field] != .secret(.fromConfig) ? form.editor : nil))
            if let problem = form.shownProblem(of: field) {
                let indent = String(repeating: " ", count: labelWidth + 3)
                lines.append(Line(label: indent + "\(symbols.cross) \(problem.text(language))", style: .failure))
            }
        }
        return lines
    }

    private static func shownValue(
        _ form: TaskForm, _ field: TaskField, focused: Bool, symbols: Symbols, language: Language
    ) -> (String, Style) {
        let cursor = focused ? symbols.cursor : ""
        switch form[field] {
        case .text(let text):
            return (text + cursor, .dialog)
        case .secret(.fromConfig):
            return (language.text(.valueFromConfig) + (focused ? "  " + language.text(.valueTypeToReplace) : ""), .muted)
        case .secret(let input):
            if let name = input.environmentName { return ("env:\(name)" + cursor, .dialog) }
            guard case .typed(let text) = input, !text.isEmpty else {
                return (cursor + (focused ? " " + language.text(.valueKeyOrEnv) : ""), .muted)
            }
            return (String(repeating: symbols.mask, count: text.count) + cursor, .dialog)
        case .toggle(let on):
            return (language.text(on ? .valueOn : .valueOff), .dialog)
        case .choice(let value):
            let options = form.options(for: field)
            let shown = value.isEmpty ? language.text(.valueNone) : value
            guard focused else { return (shown, .dialog) }
            let position = language.text(
                .valuePosition, ["position": String((options.firstIndex(of: value) ?? 0) + 1), "count": String(options.count)])
            return ((symbols.unicode ? "‹ \(shown) ›" : "< \(shown) >") + "  " + position, .dialog)
        }
    }

    /// The first line in view that keeps the focused field, its heading and its problem visible.
    static func scroll(for form: TaskForm, height: Int, unicode: Bool) -> Int {
        // Which line holds what does not depend on the language.
        let lines = self.lines(form, unicode: unicode, language: .english)
        let visible = contentHeight(height)
        guard let index = lines.firstIndex(where: { $0.field == form.focus }) else { return 0 }
        var first = index
        if first > 0, lines[first - 1].field == nil, lines[first - 1].style == .accent { first -= 1 }
        var last = index
        if last + 1 < lines.count, lines[last + 1].style == .failure { last += 1 }
        var scroll = min(form.scroll, first)
        if last >= scroll + visible { scroll = last - visible + 1 }
        return max(0, min(scroll, max(0, lines.count - visible)))
    }

    static func clampReviewScroll(_ scroll: Int, _ form: TaskForm, height: Int) -> Int {
        let count = form.reviewLines(mask: "•").count
        return max(0, min(scroll, count - contentHeight(height)))
    }

    static func draw(_ form: TaskForm, _ geometry: FormGeometry, _ context: OverlayContext, into grid: inout Grid) {
        let (symbols, words) = (context.symbols, context.words)
        grid.fill(x: 0, y: 0, width: grid.width, height: grid.height, style: .dialog)
        guard fits(width: grid.width, height: grid.height) else { return drawTooSmall(language: words, into: &grid) }
        let profile = form.profile.map { words.text(.formProfile, ["name": $0.name, "region": $0.region]) } ?? ""
        let bottom = grid.height - 3
        switch form.phase {
        case .reviewing, .sending:
            let scroll: Int = if case .reviewing(let scroll) = form.phase { scroll } else { 0 }
            drawTitle("\(words.text(.formReview)) \(symbols.dot) \(profile)", into: &grid)
            let review = form.reviewLines(mask: String(repeating: symbols.mask, count: 3))
            let shown = review.dropFirst(scroll).prefix(contentHeight(grid.height))
            for (offset, line) in shown.enumerated() {
                grid.put(" " + line, x: 0, y: 1 + offset, style: .dialog, maxWidth: grid.width - 1)
            }
            grid.put(" " + words.text(.formStartsAtOnce), x: 0, y: bottom + 1, style: .muted, maxWidth: grid.width - 1)
        default:
            drawFields(form, geometry, profile: profile, symbols: symbols, language: words, into: &grid)
        }
        drawKeys(form, context.keys, into: &grid)
        if form.phase == .discarding {
            let discards = context.keys.hint(.confirm, .formDiscards).map { $0 + "   " } ?? ""
            DialogBox(
                title: words.text(.formDiscardTitle),
                lines: [(words.text(.formDiscardQuestion), .dialog), ("", .dialog), (discards + words.text(.formBackToForm), .dialog)],
                in: geometry.rect
            ).draw(into: &grid, symbols: symbols)
        }
    }

    private static func drawFields(
        _ form: TaskForm, _ geometry: FormGeometry, profile: String, symbols: Symbols, language: Language, into grid: inout Grid
    ) {
        let title: String
        switch form.origin {
        case .new: title = language.text(.formNew)
        case .clone(let key): title = language.text(.formClone, ["id": TaskText.shortID(key.id)])
        }
        drawTitle("\(title) \(symbols.dot) \(profile)", into: &grid)
        let lines = geometry.lines
        for (offset, line) in lines.dropFirst(form.scroll).prefix(contentHeight(grid.height)).enumerated() {
            let row = 1 + offset
            if line.style == .dialogButtonFocused { grid.fill(x: 0, y: row, width: grid.width, height: 1, style: line.style) }
            let end = grid.put(" " + line.label, x: 0, y: row, style: line.style, maxWidth: grid.width - 1)
            let room = grid.width - end - 2
            let value = line.editor?.line(width: room, focused: true, symbols: symbols) ?? tail(line.value, room: room, symbols: symbols)
            grid.put(" " + value, x: end, y: row, style: line.valueStyle, maxWidth: room + 1)
        }
        let bottom = grid.height - 3
        if let failure = form.failure {
            // The refusal takes the hint's line too when it needs it: it matters more.
            let (first, rest) = split(" \(symbols.cross) " + language.text(.formRefused, ["error": ErrorText.line(failure, language: language)]), width: grid.width - 1)
            grid.put(first, x: 0, y: bottom, style: .failure, maxWidth: grid.width - 1)
            if !rest.isEmpty {
                grid.put("   " + rest, x: 0, y: bottom + 1, style: .failure, maxWidth: grid.width - 1)
                return
            }
        } else if form.showsEveryProblem, case let count = form.problems.count, count > 0 {
            let text = language.text(count == 1 ? .formNeedsAttentionOne : .formNeedsAttention, ["count": String(count)])
            grid.put(" \(symbols.cross) " + text, x: 0, y: bottom, style: .failure, maxWidth: grid.width - 1)
        } else if lines.count > contentHeight(grid.height) {
            let below = max(0, lines.count - form.scroll - contentHeight(grid.height))
            let position = below > 0
                ? language.text(below == 1 ? .formLineBelow : .formLinesBelow, ["count": String(below)]) : language.text(.formEnd)
            grid.put(" \(position)", x: 0, y: bottom, style: .muted, maxWidth: grid.width - 1)
        }
        grid.put(" " + language.text(form.focus.hint), x: 0, y: bottom + 1, style: .muted, maxWidth: grid.width - 1)
    }

    /// A line cut at the last space that fits `width`, and the rest.
    private static func split(_ text: String, width: Int) -> (String, String) {
        guard DisplayWidth.of(text) > width else { return (text, "") }
        var cut = text.startIndex
        var index = text.startIndex
        while index < text.endIndex, DisplayWidth.of(text[..<index]) < width {
            if text[index] == " " { cut = index }
            index = text.index(after: index)
        }
        if cut == text.startIndex { cut = text.index(before: index) }
        return (String(text[..<cut]), String(text[cut...].drop { $0 == " " }))
    }

    /// The end of a value that does not fit, so the cursor stays in view.
    private static func tail(_ value: String, room: Int, symbols: Symbols) -> String {
        guard room > 1 else { return value }
        return DisplayWidth.keepingEnd(value, in: room, cut: symbols.ellipsis)
    }

    private static func drawTitle(_ text: String, into grid: inout Grid) {
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: .header)
        grid.put(" " + text, x: 0, y: 0, style: .header, maxWidth: grid.width - 1)
    }

    private static func drawKeys(_ form: TaskForm, _ hints: KeyHints, into grid: inout Grid) {
        let keys: String
        let words = hints.language
        switch form.phase {
        case .editing, .discarding:
            let fixed = [
                "Tab/\(hints.label(.down)) " + words.text(.formNext), "S-Tab/\(hints.label(.up)) " + words.text(.formBack),
                "Space/\(hints.label(.left))\(hints.label(.right)) " + words.text(.formChange),
            ]
            keys = (fixed + [hints.hint(.clearField), hints.hint(.review), hints.hint(.leave)].compactMap { $0 }).joined(separator: "  ")
        case .reviewing:
            let create = hints.hint(.confirm, .formCreate).map { $0 + "  " } ?? ""
            keys = create + "\(hints.label(.up))\(hints.label(.down)) " + words.text(.formScroll) + "  " + words.text(.formBackToForm)
        case .sending:
            keys = words.text(.formCreating)
        }
        let row = grid.height - 1
        grid.fill(x: 0, y: row, width: grid.width, height: 1, style: .header)
        grid.put(" " + keys, x: 0, y: row, style: .header, maxWidth: grid.width - 1)
    }

    private static func drawTooSmall(language: Language, into grid: inout Grid) {
        let lines = [
            language.text(.formTooSmall, ["needed": "\(minimumWidth)×\(minimumHeight)", "have": "\(grid.width)×\(grid.height)"]),
            language.text(.formKept),
        ]
        let top = max(0, grid.height / 2 - 1)
        for (index, line) in lines.enumerated() {
            grid.put(line, x: max(0, (grid.width - DisplayWidth.of(line)) / 2), y: top + index, style: index == 0 ? .warning : .dialog)
        }
    }
}
