import OMSCore

/// The failed objects' box: what the lists hold and how many are marked and shown, the counts by
/// error code, the filter, the objects (the cursor's row in the selection's colours, a marked one
/// with a mark every theme and monochrome show), and the line of what cannot be done.
extension FailedObjectsView {
    func layout(in rect: Rect, _ context: OverlayContext) -> DialogBox {
        let words = context.words
        let width = max(DialogBox.minimumInner, rect.width - 8)
        let rows = Self.bodyRows(height: rect.height)
        var lines: [DialogBox.Line] = [(route, .dialog)]
        switch phase {
        case .reading:
            lines.append((words.text(.failedReading, ["bucket": bucket]), .muted))
        case .failed(let report):
            lines.append(("\(context.symbols.cross) \(report.text(in: words))", .failure))
        case .read(let summary) where summary.files.isEmpty:
            lines.append((words.text(.listNoneYet, ["id": key.id, "bucket": bucket, "prefix": summary.prefix]), .muted))
        case .read(let summary):
            lines += objectLines(summary, width: width, rows: rows, context)
        }
        while lines.count < rows + 7 { lines.append(("", .dialog)) }
        lines.append((refusal.map { "\(context.symbols.cross) \($0.text(words))" } ?? "", refusal == nil ? .dialog : .warning))
        return DialogBox(title: words.text(.failedTitle, ["id": TaskText.shortID(key.id)]), lines: lines.map { ($0.text, $0.style) }, in: rect)
    }

    func draw(_ box: DialogBox, _ context: OverlayContext, into grid: inout Grid) {
        box.draw(into: &grid, symbols: context.symbols)
    }

    func hints(_ context: OverlayContext) -> [String?] {
        let keys = context.keys
        if isEditingFilter { return [context.words.text(.hintTypeToFilter), keys.hint(.leave)] }
        return [keys.pair(.moveUp, .moveDown, .hintScroll), keys.hint(.mark), keys.hint(.markAll), keys.hint(.filter),
                keys.hint(.redrive), keys.hint(.refresh), keys.hint(.back, .hintClose)]
    }

    private func objectLines(_ summary: ObjectListSummary, width: Int, rows: Int, _ context: OverlayContext) -> [DialogBox.Line] {
        let (words, symbols) = (context.words, context.symbols)
        let shown = shown
        var heading = words.text(.failedCounts, [
            "count": HumanUnits.grouped(Int64(summary.total)), "lists": HumanUnits.grouped(Int64(summary.files.count)),
            "written": FailedObjectsView.written(summary.newestWritten ?? ""),
        ])
        heading += " \(symbols.dot) " + words.text(.failedShown, ["shown": HumanUnits.grouped(Int64(shown.count))])
        if !marked.isEmpty { heading += " \(symbols.dot) " + words.text(.failedMarked, ["count": HumanUnits.grouped(Int64(marked.count))]) }
        let codes = ObjectListSummary.ranked(summary.byErrorCode).prefix(6)
            .map { "\($0.value.isEmpty ? words.text(.listUnknown) : $0.value) \(HumanUnits.grouped(Int64($0.count)))" }
            .joined(separator: " \(symbols.dot) ")
        var lines: [DialogBox.Line] = [(DisplayWidth.fit(heading, to: width), .dialog), (DisplayWidth.fit(codes, to: width), .muted)]
        let filter = filterField.line(width: max(10, width - 12), focused: isEditingFilter, symbols: symbols)
        lines.append((isEditingFilter || !filterField.value.isEmpty ? "/ \(words.text(.failedFilter)): \(filter)" : "", .dialog))
        let (nameWidth, codeWidth, timeWidth) = Self.columns(width)
        lines.append(("  " + [
            DisplayWidth.fit("OBJECT", to: nameWidth), DisplayWidth.fit("ERROR CODE", to: codeWidth),
            DisplayWidth.fit("TIME", to: timeWidth), "REASON",
        ].joined(separator: "  "), .columnHeader))
        if shown.isEmpty { lines.append((words.text(.failedNoneShown), .muted)) }
        for (index, object) in shown.enumerated().dropFirst(scroll).prefix(rows) {
            let mark = marked.contains(object.name) ? symbols.mask : " "
            let text = mark + " " + [
                DisplayWidth.fit(object.name, to: nameWidth),
                DisplayWidth.fit(object.errorCode ?? "", to: codeWidth), DisplayWidth.fit(object.time ?? "", to: timeWidth),
                object.reason ?? "",
            ].joined(separator: "  ")
            let style: Style = index == cursor ? .dialogButtonFocused : marked.contains(object.name) ? .accent : .dialog
            lines.append((DisplayWidth.fit(text, to: width), style))
        }
        if summary.unreadableCount > 0 {
            lines.append((words.text(.failedUnreadable, ["count": HumanUnits.grouped(Int64(summary.unreadableCount)), "id": key.id]), .warning))
        }
        return lines
    }

    /// The widths of the name, error code and time columns in a box `width` wide.
    static func columns(_ width: Int) -> (name: Int, code: Int, time: Int) {
        let code = 18, time = 19
        return (max(16, (width - code - time - 8) * 3 / 5), code, time)
    }

    /// `2026-12-07T02:00:00.000Z` as `2026-12-07 02:00 UTC`.
    static func written(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        return iso.prefix(10) + " " + iso.dropFirst(11).prefix(5) + " UTC"
    }
}
