import OMSCore
import Testing

@Suite("Quantity: the values messages take, as each face writes them")
struct QuantityTests {
    static let written: [(Quantity, String)] = [
        (.count(15_815), "15,815"), (.count(-1_204_311), "-1,204,311"), (.count(950), "950"),
        (.percent(0.075), "7.5%"), (.percent(0.05), "5%"), (.percent(0.001), "0.1%"),
        (.factor(3), "3"), (.factor(4.14), "4.1"),
        (.duration(milliseconds: 7_200_000), "2h"), (.duration(milliseconds: 5_400_000), "90m"),
        (.duration(milliseconds: 307_000), "5m07s"), (.duration(milliseconds: 45_000), "45s"),
        (.age(milliseconds: 45_999), "45s"), (.age(milliseconds: 307_000), "5m07s"), (.age(milliseconds: 2_520_000), "42m"),
        (.age(milliseconds: 5_400_000), "1h"), (.age(milliseconds: 3 * 86_400_000), "3d"),
        (.bytes(912), "912 B"), (.bytes(3_738_339_534_848), "3.4 TiB"),
        (.instant(1_800_000_300_000), "08:05"),
    ]

    @Test("each kind in its one way", arguments: written)
    func text(_ quantity: Quantity, _ expected: String) {
        #expect(quantity.text(clock: .utc) == expected)
    }

    @Test("only an instant follows the face's clock, and only a message with one names the zone")
    func clocks() {
        let twoHoursAhead = WordingClock(zone: "") { UTCTime.clock($0 + 7_200_000) }
        #expect(Quantity.instant(1_800_000_300_000).text(clock: twoHoursAhead) == "10:05")
        #expect(Quantity.count(12_000).text(clock: twoHoursAhead) == "12,000")
        let silent = Wording(.alertSilentResolved, quantities: ["count": .count(1_200), "window": .duration(milliseconds: 7_200_000)])
        #expect(silent.english == "requests arrive again: 1,200 in the last 2h")
    }
}
