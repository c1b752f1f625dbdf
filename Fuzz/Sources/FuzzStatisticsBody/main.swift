// Feeds a body to the statistics reader, the fast reading of the statistics answer.
//
// Rule: when the reader answers, the standard decoder decodes the same bytes to an equal value; the
// reader never answers what the standard decoder refuses or reads otherwise.
import FoundationEssentials
import FuzzSupport
@testable import OMSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatisticsBody(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard let read = StatisticsBodyReader.read(input.bytes) else { return 0 }
    let standard = try? JSONInput.decode(TaskStatistics.self, from: Data(input.bytes))
    expect(standard != nil, "the reader answers what the standard decoder refuses: \(input.text.debugDescription)")
    expect(read == standard, "the reader answers \(read), the standard decoder \(String(describing: standard))")
    return 0
}
