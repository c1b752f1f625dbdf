import OMSCore

/// Builds a statistics answer: five-minute buckets, or hourly ones when five-minute buckets would
/// exceed 1000 points; empty buckets left out, as the service does; at most 1000 points a series.
struct StatisticsBuilder {
    let task: SimulatedTask
    let speed: Double
    let now: Int64

    static let maxPoints = 1000

    func answer(types: [StatisticDataType], start: Int64, end: Int64) -> TaskStatistics {
        let fine = ActivityProfile.bucketMilliseconds
        let fineCount = (end - start) / fine
        let width = fineCount <= Int64(Self.maxPoints) ? fine : 12 * fine
        let timeType: StatisticTimeType = width == fine ? .fiveMinutes : .oneHour
        let until = min(end, now)
        var buckets: [(Int64, BucketCounts)] = []
        if until > start {
            var bucketStart = start / width * width
            while bucketStart < until {
                var counts = BucketCounts()
                let firstFine = bucketStart / fine
                for index in firstFine..<(firstFine + width / fine) where index * fine < until {
                    counts += task.counts(bucket: index, now: until, speed: speed)
                }
                buckets.append((bucketStart, counts))
                bucketStart += width
            }
        }
        let series = types.map { type in
            let points = buckets.compactMap { bucket -> StatisticPoint? in
                let value = bucket.1[type]
                return value == 0 ? nil : StatisticPoint(timestamp: bucket.0, value: value)
            }
            return StatisticSeries(dataType: type, points: Array(points.suffix(Self.maxPoints)))
        }
        return TaskStatistics(taskID: task.info.id, timeType: timeType, series: series)
    }
}
