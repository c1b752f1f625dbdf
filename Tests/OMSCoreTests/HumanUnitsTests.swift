import OMSCore
import Testing

@Suite("HumanUnits: numbers, sizes, rates, shares and spans as people read them")
struct HumanUnitsTests {
    @Test("counts, sizes and shares")
    func units() {
        #expect(HumanUnits.count(950) == "950" && HumanUnits.count(88_100) == "88.1K" && HumanUnits.count(1_204_311) == "1.2M")
        #expect(HumanUnits.bytes(912) == "912 B" && HumanUnits.bytes(3_738_339_534_848) == "3.4 TiB")
        #expect(HumanUnits.bytes(Int64.max) == "8.0 EiB")
        #expect(HumanUnits.grouped(1_204_311) == "1,204,311" && HumanUnits.grouped(-1_000) == "-1,000")
        #expect(HumanUnits.percent(0.9991) == "99.9%" && HumanUnits.percent(1) == "100%" && HumanUnits.percent(0.5) == "50.0%")
        #expect(HumanUnits.percent(0.5, .threshold) == "50%" && HumanUnits.percent(0.075, .threshold) == "7.5%")
        #expect(HumanUnits.rate(12.44, unit: .objects) == "12.4 obj/s")
        #expect(HumanUnits.rate(38 * 1_048_576, unit: .bytes) == "38.0 MiB/s")
    }

    @Test("slow rates move to the unit that gives a readable number")
    func slowRates() {
        #expect(HumanUnits.rate(12.0 / 300, unit: .objects) == "2.4 obj/min", "12 objects per 5 minutes")
        #expect(HumanUnits.rate(0.0005, unit: .objects) == "1.8 obj/h")
        #expect(HumanUnits.rate(0, unit: .objects) == "0 obj/s", "nothing is not 0.0")
        #expect(HumanUnits.rate(0, unit: .bytes) == "0 B/s")
        #expect(HumanUnits.rate(1, unit: .objects) == "1.0 obj/s")
        #expect(HumanUnits.rate(5, unit: .bytes) == "5 B/s")
        #expect(HumanUnits.rate(0.5, unit: .bytes) == "30 B/min")
        #expect(HumanUnits.rate(0.001, unit: .bytes) == "4 B/h")
    }

    @Test("a span is exact to the second, or rounded to its largest unit past ten minutes; never negative")
    func durations() {
        let spans: [Int64] = [0, 59_999, 60_000, 307_000, 599_000, 600_000, 5_400_000, 7_200_000, 90_000_000, -5_000]
        #expect(spans.map { HumanUnits.duration(milliseconds: $0, .exact) }
            == ["0s", "59s", "1m", "5m07s", "9m59s", "10m", "90m", "2h", "25h", "0s"])
        #expect(spans.map { HumanUnits.duration(milliseconds: $0, .rounded) }
            == ["0s", "59s", "1m", "5m07s", "9m59s", "10m", "1h", "2h", "1d", "0s"])
    }
}
