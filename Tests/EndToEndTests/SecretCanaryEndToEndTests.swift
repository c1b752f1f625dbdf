import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Unique canary values for every secret omsdash handles, run through every command, output
    /// format, failure, screen, `watch`, `/metrics` and the alert hook: none may come out anywhere.
    @Suite("Secret canaries end to end")
    struct SecretCanaryEndToEndTests {
        static let accessKey = "AKCANARY7Q2Z9X4V1B3N"
        static let secretKey = "sk-canary-8f3b2c91d7e4a6"
        static let canaries = [
            "AK": accessKey, "SK": secretKey, "security token": "st-canary-0a9e7d6c5b4a",
            "auth token": "at-canary-1d2c3b4a5e6f", "source AK": "TKSRCAKCANARY0000001",
            "source SK": "tk-src-sk-canary-7781", "destination AK": "TKDSTAKCANARY0000001",
            "destination SK": "tk-dst-sk-canary-8892", "CDN key": "cdn-key-canary-3344",
            "proxy password": "px-canary-pass-5566", "wrong SK": "sk-canary-wrong-99aa",
        ]

        /// The environment that holds every canary, read by the config's env: references.
        static var environment: [String: String] {
            [
                "LANG": "C.UTF-8", "NO_COLOR": "", "CANARY_SK": secretKey, "CANARY_WRONG_SK": canaries["wrong SK"]!,
                "CANARY_TOKEN": canaries["security token"]!, "CANARY_AUTH": canaries["auth token"]!,
                "CANARY_SRC_AK": canaries["source AK"]!, "CANARY_SRC_SK": canaries["source SK"]!,
                "CANARY_DST_AK": canaries["destination AK"]!, "CANARY_DST_SK": canaries["destination SK"]!,
                "CANARY_CDN": canaries["CDN key"]!, "CANARY_PROXY_PASSWORD": canaries["proxy password"]!,
            ]
        }

        /// Records what a step printed and checks it for canaries.
        struct Audit {
            var checked = 0

            mutating func check(_ what: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
                checked += 1
                for (name, value) in SecretCanaryEndToEndTests.canaries {
                    #expect(!text.contains(value), "the \(name) appears in \(what): \(text)", sourceLocation: sourceLocation)
                }
            }
        }

        /// A config with a working profile and one per way of failing, each holding canaries.
        static func writeConfig(_ simulator: SimulatorProcess, hook: String) throws -> String {
            let endpoint = "http://127.0.0.1:\(simulator.port)"
            let closed = "http://127.0.0.1:\(SimulatorProcess.freePort())"
            let base: [String: Any] = ["region": "cn-north-4", "endpoint": endpoint, "project_id": SimulatorProcess.projectID]
            func profile(_ name: String, _ extra: [String: Any]) -> [String: Any] {
                base.merging(["name": name]) { $1 }.merging(extra) { $1 }
            }
            let config: [String: Any] = [
                "refresh_seconds": 1,
                "profiles": [
                    profile("good", ["ak": accessKey, "sk": "env:CANARY_SK"]),
                    profile("wrong", ["ak": accessKey, "sk": "env:CANARY_WRONG_SK", "security_token": "env:CANARY_TOKEN"]),
                    profile("token", ["auth_token": "env:CANARY_AUTH"]),
                    profile("proxied", [
                        "ak": accessKey, "sk": "env:CANARY_SK",
                        "proxy": ["url": closed, "user": "canary-user", "password": "env:CANARY_PROXY_PASSWORD"],
                    ]),
                    profile("down", ["ak": accessKey, "sk": "env:CANARY_SK", "endpoint": closed]),
                ],
                "task_credentials": ["*": [
                    "src_ak": "env:CANARY_SRC_AK", "src_sk": "env:CANARY_SRC_SK",
                    "dst_ak": "env:CANARY_DST_AK", "dst_sk": "env:CANARY_DST_SK",
                ]],
                "alerts": ["command": ["/bin/sh", hook]],
            ]
            let path = simulator.directory + "/canary-config.json"
            try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            return path
        }

        /// A hook that keeps every event it is handed, with its environment.
        static func writeHook(in directory: String) throws -> (script: String, dump: String) {
            let dump = directory + "/hook-dump"
            let script = directory + "/hook.sh"
            try "#!/bin/sh\n{ cat; echo; env; } >> '\(dump)'\n".write(toFile: script, atomically: true, encoding: .utf8)
            chmod(script, 0o755)
            return (script, dump)
        }

        func run(_ arguments: [String], config: String) -> Spawn.Outcome {
            Spawn.run([Binary.path] + arguments + ["--config", config], environment: Self.environment)
        }

        @Test("no canary comes out of any command, format, failure, watch, /metrics or the hook")
        func commands() throws {
            let simulator = try SimulatorProcess(
                extra: ["--tasks", "3", "--ak", Self.accessKey, "--sk", Self.secretKey, "--log-requests"])
            defer { simulator.stop() }
            let hook = try Self.writeHook(in: simulator.directory)
            let config = try Self.writeConfig(simulator, hook: hook.script)
            var audit = Audit()
            let tasks = try JSONSerialization.jsonObject(
                with: Data(run(["list", "--profile", "good", "--format", "json"], config: config).output.utf8)) as? [String: Any]
            let id = try #require(((tasks?["tasks"] as? [[String: Any]])?.first?["sync_task_id"]) as? String)

            var failures = 0
            for profile in ["good", "wrong", "token", "proxied", "down"] {
                for format in ["table", "json", "csv"] {
                    for command in [["list"], ["show", id], ["stats", id]] {
                        let outcome = run(command + ["--profile", profile, "--format", format], config: config)
                        if outcome.status != 0 { failures += 1 }
                        audit.check("\(command[0]) --profile \(profile) --format \(format)", outcome.output)
                    }
                }
                let watched = run(["watch", "--once", "--profile", profile], config: config)
                audit.check("watch --once --profile \(profile)", watched.output)
                audit.check("snapshot --profile \(profile)", run(["snapshot", "--profile", profile], config: config).output)
                for format in ["text", "json"] {
                    let synced = run(["sync-objects", id, "canary/obj 1", "--profile", profile, "--format", format], config: config)
                    audit.check("sync-objects --profile \(profile) --format \(format)", synced.output)
                }
            }
            #expect(failures >= 4 * 3 * 3, "every failing profile fails (\(failures))")

            // The lifecycle: a task created with canary keys, stopped, started with them, refused
            // with the wrong ones, deleted; and a create the API refuses.
            let body = simulator.directory + "/create.json"
            try #"{"src_region": "cn-beijing", "src_bucket": "canary-src", "src_ak": "env:CANARY_SRC_AK", "src_sk": "env:CANARY_SRC_SK", "dst_ak": "env:CANARY_DST_AK", "dst_sk": "env:CANARY_DST_SK", "dst_region": "cn-north-4", "dst_bucket": "canary-dst", "source_cdn": {"domain": "cdn.example.com", "protocol": "https", "authentication_type": "ALIYUN_OSS_A", "authentication_key": "env:CANARY_CDN"}}"#
                .write(toFile: body, atomically: true, encoding: .utf8)
            let created = run(["create", "--file", body, "--profile", "good", "--format", "json"], config: config)
            #expect(created.status == 0, "\(created.output)")
            audit.check("create", created.output)
            let newID = try #require(
                (try JSONSerialization.jsonObject(with: Data(created.output.utf8)) as? [String: Any])?["sync_task_id"] as? String)
            _ = run(["stop", id, "--yes", "--profile", "good"], config: config)
            for command in [["stop", newID], ["start", newID], ["start", id]] {
                let outcome = run(command + ["--yes", "--profile", "good"], config: config)
                #expect(outcome.status == (command[1] == newID ? 0 : 1), "\(command): \(outcome.output)")
                audit.check(command.joined(separator: " "), outcome.output)
            }
            let refusedStart = run(["start", id, "--yes", "--profile", "good"], config: config)
            #expect(refusedStart.status == 1 && refusedStart.output.contains("OMS.0057"), "the world's task has other keys")
            audit.check("refused start", refusedStart.output)
            try #"{"src_region": "r", "src_bucket": "b", "src_ak": "env:CANARY_SRC_AK", "src_sk": "env:CANARY_SRC_SK", "dst_ak": "env:CANARY_DST_AK", "dst_sk": "env:CANARY_DST_SK", "dst_region": "cn-north-4", "dst_bucket": "d", "description": "<refused>"}"#
                .write(toFile: body, atomically: true, encoding: .utf8)
            let invalid = run(["create", "--file", body, "--profile", "good"], config: config)
            #expect(invalid.status == 1 && invalid.output.contains("OMS.0078"))
            audit.check("invalid create", invalid.output)
            _ = run(["stop", newID, "--yes", "--profile", "good"], config: config)
            audit.check("delete", run(["delete", newID, "--yes", "--profile", "good"], config: config).output)

            // The exporter's page over every profile, good and failing.
            let port = SimulatorProcess.freePort()
            let exporter = Spawn.start(
                [Binary.path, "exporter", "--config", config, "--listen", "127.0.0.1:\(port)"], environment: Self.environment,
                outputPath: simulator.directory + "/exporter.log")
            defer {
                kill(exporter, SIGTERM)
                waitpid(exporter, nil, 0)
            }
            // Each profile answers in its own time: the page is read until every one has.
            var metrics = ""
            let answered = ["good\"} 1", "wrong\"} 0", "down\"} 0"].map { "oms_exporter_up{profile=\"" + $0 }
            for _ in 0..<50 {
                metrics = Spawn.run(["curl", "-s", "--max-time", "5", "http://127.0.0.1:\(port)/metrics"]).output
                if answered.allSatisfy(metrics.contains) && metrics.contains("oms_sync_task_info") { break }
                usleep(200_000)
            }
            #expect(answered.allSatisfy(metrics.contains) && metrics.contains("oms_sync_task_info"))
            for _ in 0..<50 where !((try? String(contentsOfFile: hook.dump, encoding: .utf8)) ?? "").contains("api_unhealthy") {
                usleep(200_000)
            }
            audit.check("/metrics", metrics)
            audit.check("the exporter's log", (try? String(contentsOfFile: simulator.directory + "/exporter.log", encoding: .utf8)) ?? "")

            let dump = (try? String(contentsOfFile: hook.dump, encoding: .utf8)) ?? ""
            #expect(dump.contains("api_unhealthy"), "the hook ran for the failing profiles")
            audit.check("the alert hook's stdin and environment", dump)
            #expect(audit.checked > 60)
        }

        @Test("no canary shows on the dashboard: the table, banners, help, timeline, the start-keys prompt and the create form")
        func screens() throws {
            let simulator = try SimulatorProcess(
                extra: ["--tasks", "3", "--ak", Self.accessKey, "--sk", Self.secretKey])
            defer { simulator.stop() }
            let hook = try Self.writeHook(in: simulator.directory)
            let config = try Self.writeConfig(simulator, hook: hook.script)
            let tasks = try JSONSerialization.jsonObject(
                with: Data(run(["list", "--profile", "good", "--format", "json"], config: config).output.utf8)) as? [String: Any]
            let id = try #require(((tasks?["tasks"] as? [[String: Any]])?.first?["sync_task_id"]) as? String)
            _ = run(["stop", id, "--yes", "--profile", "good"], config: config)
            // No task keys in this config: the start prompt asks for them.
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: config))) as? [String: Any])
            object["task_credentials"] = nil
            object["profiles"] = (object["profiles"] as? [[String: Any]])?.filter { ["good", "wrong"].contains($0["name"] as? String) }
            try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: config))
            let tmux = try TmuxSession(
                [Binary.path, "--config", config], environment: Self.environment, width: 120, height: 32)
            defer { tmux.close() }
            var audit = Audit()
            audit.check("the table and the refused profile's banner", tmux.waitFor { $0.contains("refused") && $0.contains("good") })
            tmux.send("?")
            audit.check("help", tmux.waitFor { $0.contains("Keys") })
            tmux.send("Escape", "e")
            audit.check("the timeline", tmux.waitFor { $0.contains("api_unhealthy") })
            tmux.send("Escape", "/")
            tmux.type(String(id.prefix(8)))
            tmux.send("Enter", "s", "y")
            audit.check("the start-keys prompt", tmux.waitFor { $0.contains("No start keys") })
            for key in ["source AK", "source SK", "destination AK", "destination SK"] {
                tmux.type(Self.canaries[key]!)
                audit.check("the prompt with the \(key) typed", tmux.screen)
                tmux.send("Enter")
            }
            audit.check("the refused start", tmux.waitFor { $0.contains("OMS.0057") || $0.contains("Invalid source") })
            tmux.send("Escape", "Escape", "n")
            tmux.waitFor { $0.contains("New sync task") }
            tmux.send("Tab", "Tab", "Tab", "Tab")  // profile, cloud, region, bucket
            tmux.type(Self.canaries["source AK"]!)
            tmux.send("Tab")
            tmux.type(Self.canaries["source SK"]!)
            tmux.send("End")
            tmux.type(Self.canaries["CDN key"]!)
            audit.check("the create form with keys typed", tmux.waitFor { $0.contains("▶ Authentication key") })
            tmux.send("C-s")
            audit.check("the form's problems", tmux.waitFor { $0.contains("need attention") })
            tmux.send("Escape")
            audit.check("the discard question", tmux.waitFor { $0.contains("Throw away") })
            tmux.send("y", "q")
            #expect(tmux.exitCode() == 0)
            #expect(audit.checked >= 10)
        }
    }
}
