import MonitorCore
import OMSCore

/// Sends the monitor's fetches with the API clients: one fetch, one request, one answer.
public enum FetchRunner {
    /// Sends one fetch as one request and returns its answer.
    public static func answer(_ fetch: Fetch, with client: OMSClient) async -> MonitorAnswer {
        switch fetch {
        case .listPage(let profile, let offset, let sweep):
            let result = await attempt { try await client.listTasks(limit: ListSweep.pageSize, offset: offset) }
            return .page(profile: profile, offset: offset, sweep: sweep, result.map { page in
                var page = page
                page.projectID = client.configuration.projectID
                return page
            })
        case .show(let key):
            return .shown(key, await attempt { try await client.showTask(key.id) })
        case .statistics(let key, let window, let start, let end):
            let result = await attempt {
                try await client.statistics(taskID: key.id, types: StatisticDataType.documented, start: start, end: end)
            }
            return .statistics(key, window: window, start: start, end: end, result)
        case .alertCheck(let key, let start, let end):
            let result = await attempt {
                try await client.statistics(taskID: key.id, types: [.request, .failure], start: start, end: end)
            }
            return .alertCheck(key, start: start, end: end, result)
        }
    }

    /// Sends one fetch with its profile's client from `pool`; when the client cannot be had (its
    /// project not discovered), the fetch fails with that report, as a failed request would.
    public static func answer(_ fetch: Fetch, in pool: ClientPool) async -> MonitorAnswer {
        switch await attempt({ try await pool.client(fetch.profile) }) {
        case .success(let client): return await answer(fetch, with: client)
        case .failure(let report): return failed(fetch, report)
        }
    }

    /// The answer of a fetch that failed before any request went out.
    static func failed(_ fetch: Fetch, _ report: ErrorReport) -> MonitorAnswer {
        switch fetch {
        case .listPage(let profile, let offset, let sweep): .page(profile: profile, offset: offset, sweep: sweep, .failure(report))
        case .show(let key): .shown(key, .failure(report))
        case .statistics(let key, let window, let start, let end): .statistics(key, window: window, start: start, end: end, .failure(report))
        case .alertCheck(let key, let start, let end): .alertCheck(key, start: start, end: end, .failure(report))
        }
    }

    /// Runs `body`, turning any error into the report a face shows.
    public static func attempt<T>(_ body: () async throws -> T) async -> Result<T, ErrorReport> {
        do {
            return .success(try await body())
        } catch let error as OMSError {
            return .failure(ErrorReport(error))
        } catch let error as ErrorReport {
            return .failure(error)
        } catch let error as ConfigurationError {
            return .failure(ErrorReport(wording: error.wording))
        } catch {
            return .failure(ErrorReport(message: "\(error)"))
        }
    }
}

extension Result {
    /// The error of a failure, nil on success.
    public var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
