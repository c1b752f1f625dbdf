/// A message omsdash shows people, named by a key. Its text in each language is written once, in
/// that language's table (`Message.english`, `Message.simplifiedChinese`); values go in through
/// named placeholders such as `{count}`, so that a translation may put them where its grammar wants.
public enum Message: String, CaseIterable, Sendable {
    // What each key does, as the help and `omsdash keys` say it.
    case keyQuit = "key.quit", keyHelp = "key.help", keyMoveUp = "key.move_up", keyMoveDown = "key.move_down"
    case keyPageUp = "key.page_up", keyPageDown = "key.page_down", keyFirst = "key.first", keyLast = "key.last"
    case keyDetail = "key.detail", keyBack = "key.back", keyFilter = "key.filter"
    case keySortNext = "key.sort_next", keySortReverse = "key.sort_reverse"
    case keyWindowWider = "key.window_wider", keyWindowNarrower = "key.window_narrower"
    case keyReloadConfig = "key.reload_config"
    case keyRefresh = "key.refresh", keyPause = "key.pause", keyNextAlert = "key.next_alert", keyTimeline = "key.timeline"
    case keyStartTask = "key.start_task", keyStopTask = "key.stop_task", keyCreateTask = "key.create_task"
    case keyCloneTask = "key.clone_task", keyDeleteTask = "key.delete_task", keySyncObjects = "key.sync_objects"
    case keyClose = "key.close", keyConfirm = "key.confirm", keyCancel = "key.cancel"
    case keySwitchButton = "key.switch_button", keyPressButton = "key.press_button"
    case keyLeave = "key.leave", keyReview = "key.review", keyClearField = "key.clear_field"
    case keyEraseWord = "key.erase_word", keyCursorStart = "key.cursor_start", keyCursorEnd = "key.cursor_end"

    // The word after a key in the status bar's hints.
    case hintQuit = "hint.quit", hintHelp = "hint.help", hintMove = "hint.move", hintFirst = "hint.first"
    case hintLast = "hint.last", hintDetail = "hint.detail", hintBack = "hint.back", hintFilter = "hint.filter"
    case hintSort = "hint.sort", hintWindow = "hint.window", hintRefresh = "hint.refresh", hintPause = "hint.pause"
    case hintResume = "hint.resume", hintAlert = "hint.alert", hintEvents = "hint.events", hintStart = "hint.start"
    case hintStop = "hint.stop", hintNew = "hint.new", hintSync = "hint.sync", hintClose = "hint.close"
    case hintCancel = "hint.cancel", hintSwitch = "hint.switch", hintChoose = "hint.choose", hintReview = "hint.review"
    case hintClear = "hint.clear", hintScroll = "hint.scroll", hintNewestOldest = "hint.newest_oldest"
    case hintAnyOtherKeyCloses = "hint.any_other_key_closes", hintAnyKeyCloses = "hint.any_key_closes"
    case hintQuits = "hint.quits", hintSending = "hint.sending", hintTypeKeys = "hint.type_keys"
    case hintNextSend = "hint.next_send", hintField = "hint.field", hintTypeID = "hint.type_id", hintDelete = "hint.delete"
    case hintTypeNames = "hint.type_names", hintSend = "hint.send", hintTypeToFilter = "hint.type_to_filter"
    case hintKeep = "hint.keep", hintTask = "hint.task"

    // The help box.
    case helpTitle = "help.title", helpTitleScrolled = "help.title_scrolled"
    case helpInTimeline = "help.in_timeline", helpInQuestion = "help.in_question", helpInText = "help.in_text"
    case helpReadOnly = "help.read_only", helpClick = "help.click", helpClickDoes = "help.click_does"
    case helpWheel = "help.wheel", helpWheelDoes = "help.wheel_does"

    // The status bar's message line.
    case statusTasks = "status.tasks", statusShownOfTotal = "status.shown_of_total", statusSortedBy = "status.sorted_by"
    case statusWindow = "status.window", statusFilter = "status.filter", statusKeyClears = "status.key_clears"

    // The header.
    case headerSynchronizing = "header.synchronizing", headerStopped = "header.stopped", headerOther = "header.other"
    case headerNeedsAttentionOne = "header.needs_attention_one", headerNeedsAttention = "header.needs_attention"
    case headerSwept = "header.swept", headerProfiles = "header.profiles", headerProject = "header.project"
    case headerRefreshed = "header.refreshed", headerReadOnly = "header.read_only", headerReadOnlyShort = "header.read_only_short"
    case phaseLive = "phase.live", phasePaused = "phase.paused", phaseBackingOff = "phase.backing_off"
    case phaseStale = "phase.stale", phaseStopped = "phase.stopped", phaseConnecting = "phase.connecting"
    case fleetLive = "fleet.live", fleetRefused = "fleet.refused", fleetFailing = "fleet.failing"
    case fleetConnecting = "fleet.connecting"

    // The banner under the header.
    case bannerRefused = "banner.refused", bannerCredentials = "banner.credentials", bannerPaused = "banner.paused"
    case bannerStale = "banner.stale", bannerFleetRefused = "banner.fleet_refused"
    case bannerFleetRefusedFix = "banner.fleet_refused_fix", bannerFleetRefusedFixShort = "banner.fleet_refused_fix_short"
    case bannerFleetFailing = "banner.fleet_failing", bannerFleetFailingFix = "banner.fleet_failing_fix"
    case bannerFleetFailingFixShort = "banner.fleet_failing_fix_short", bannerMore = "banner.more"
    case bannerFleetRenewal = "banner.fleet_renewal", bannerFleetRenewalFix = "banner.fleet_renewal_fix"
    case bannerFleetRenewalFixShort = "banner.fleet_renewal_fix_short"

    // The sort columns, as the status bar names them.
    case sortStatus = "sort.status", sortProfile = "sort.profile", sortLastStart = "sort.last_start"
    case sortSource = "sort.source", sortDestination = "sort.destination", sortDescription = "sort.description"
    case sortRequested = "sort.requested", sortFailed = "sort.failed", sortSize = "sort.size"
    case sortSuccessRate = "sort.success_rate", sortID = "sort.id"

    // Notices after a key that could not act, and flashes of what OMS accepted.
    case noticeStartNeedsStopped = "notice.start_needs_stopped", noticeStopNeedsSynchronizing = "notice.stop_needs_synchronizing"
    case noticeSyncNeedsSynchronizing = "notice.sync_needs_synchronizing", noticeDeleteNeedsStopped = "notice.delete_needs_stopped"
    case noticeFormNeedsRoom = "notice.form_needs_room", noticeCloneNeedsSelection = "notice.clone_needs_selection"
    case noticeNoTaskNeedsAttention = "notice.no_task_needs_attention", noticeNothingNeedsAttention = "notice.nothing_needs_attention"
    case flashStarted = "flash.started", flashStopped = "flash.stopped", flashDeleted = "flash.deleted", flashSent = "flash.sent"
    case flashSentName = "flash.sent_name", flashSentNames = "flash.sent_names", flashCreated = "flash.created"

    // The questions: start, stop, delete, the start keys, the names to sync.
    case verbStart = "verb.start", verbStop = "verb.stop", verbDelete = "verb.delete", verbSend = "verb.send"
    case verbStarting = "verb.starting", verbStopping = "verb.stopping", verbDeleting = "verb.deleting", verbSending = "verb.sending"
    case dialogTitle = "dialog.title", dialogQuestion = "dialog.question", dialogCancel = "dialog.cancel"
    case dialogWaiting = "dialog.waiting", dialogCloses = "dialog.closes"
    case keysMissing = "keys.missing", keysNotKept = "keys.not_kept", keysSourceAK = "keys.source_ak"
    case keysSourceSK = "keys.source_sk", keysDestinationAK = "keys.destination_ak", keysDestinationSK = "keys.destination_sk"
    case deleteType = "delete.type", deleteMismatch = "delete.mismatch", deleteWhat = "delete.what"
    case syncTitle = "sync.title", syncHeading = "sync.heading", syncCount = "sync.count"
    case syncNames = "sync.names", syncNameOne = "sync.name_one", syncBatches = "sync.batches", syncBatchOne = "sync.batch_one"
    case syncSending = "sync.sending", syncQuestion = "sync.question", syncHow = "sync.how", syncPrompt = "sync.prompt"
    case syncLinesAbove = "sync.lines_above", syncNewLine = "sync.new_line", syncNoNames = "sync.no_names"
    case syncTooMany = "sync.too_many", syncBadName = "sync.bad_name"

    // The detail pane and its charts.
    case detailNoTask = "detail.no_task", detailSince = "detail.since", detailLastStarted = "detail.last_started"
    case detailProfile = "detail.profile", detailRoute = "detail.route", detailSettings = "detail.settings"
    case detailOverwrite = "detail.overwrite", detailCheck = "detail.check", detailKMS = "detail.kms"
    case detailMetadata = "detail.metadata", detailRestore = "detail.restore", detailOn = "detail.on", detailOff = "detail.off"
    case detailAbout = "detail.about", detailCreated = "detail.created", detailSyncURL = "detail.sync_url"
    case detailThisMonth = "detail.this_month", detailRequested = "detail.requested", detailSucceeded = "detail.succeeded"
    case detailFailed = "detail.failed", detailSkipped = "detail.skipped", detailRateOK = "detail.rate_ok"
    case detailLoading = "detail.loading", detailAlert = "detail.alert", detailAlertSince = "detail.alert_since"
    case chartLast = "chart.last", chartMin = "chart.min", chartMax = "chart.max", chartTotal = "chart.total"
    case chartLoading = "chart.loading", chartNone = "chart.none", chartWindow = "chart.window"
    case chartFiveMinutes = "chart.five_minutes", chartOneHour = "chart.one_hour"

    // The table's column headings and its empty states.
    case columnStatus = "column.status", columnProfile = "column.profile", columnID = "column.id", columnCloud = "column.cloud"
    case columnSource = "column.source", columnDestination = "column.destination", columnDescription = "column.description"
    case columnLastStart = "column.last_start", columnRequested = "column.requested", columnSucceeded = "column.succeeded"
    case columnFailed = "column.failed", columnSkipped = "column.skipped", columnSize = "column.size", columnRate = "column.rate"
    case columnSparkline = "column.sparkline"
    case tableEmpty = "table.empty", tableStopped = "table.stopped", tableLoading = "table.loading"
    case tableNoMatch = "table.no_match", tableClears = "table.clears"

    // The timeline of alert events.
    case timelineTitle = "timeline.title", timelineEmpty = "timeline.empty", timelineCount = "timeline.count"
    case timelineLastOf = "timeline.last_of", timelineAttention = "timeline.attention", timelineCloses = "timeline.closes"
    case timelineProfile = "timeline.profile"

    // What alert events say.
    case alertStoppedOutside = "alert.stopped_outside", alertSynchronizingAgain = "alert.synchronizing_again"
    case alertTaskStopped = "alert.task_stopped", alertNewTask = "alert.new_task", alertNewTaskUnknown = "alert.new_task_unknown"
    case alertGone = "alert.gone", alertDeletedHere = "alert.deleted_here", alertLeftList = "alert.left_list"
    case alertLeftListUnknown = "alert.left_list_unknown", alertRefused = "alert.refused", alertListUnreadable = "alert.list_unreadable"
    case alertRenewalFailing = "alert.renewal_failing", alertRenewalRecovered = "alert.renewal_recovered"
    case alertReason = "alert.reason", alertNoRefresh = "alert.no_refresh", alertRefreshesSucceed = "alert.refreshes_succeed"
    case alertNotSynchronizing = "alert.not_synchronizing", alertBurstShare = "alert.burst_share", alertBurstSpike = "alert.burst_spike"
    case alertBurstSpikeOverZero = "alert.burst_spike_over_zero", alertBurstClean = "alert.burst_clean"
    case alertSilent = "alert.silent", alertSilentResolved = "alert.silent_resolved"

    // The create form: headings, fields, their hints and problems, values, and the screen's lines.
    case formAccount = "form.account", formSource = "form.source", formDestination = "form.destination"
    case formOptions = "form.options", formCDN = "form.cdn"
    case fieldProfile = "field.profile", fieldCloud = "field.cloud", fieldRegion = "field.region", fieldBucket = "field.bucket"
    case fieldAK = "field.ak", fieldSK = "field.sk", fieldDescription = "field.description", fieldKMS = "field.kms"
    case fieldMetadata = "field.metadata", fieldRestore = "field.restore", fieldAppID = "field.app_id"
    case fieldStorageClass = "field.storage_class", fieldConsistency = "field.consistency", fieldProtocol = "field.protocol"
    case fieldDomain = "field.domain", fieldAuthentication = "field.authentication"
    case fieldAuthenticationKey = "field.authentication_key"
    case fieldHintProfile = "field_hint.profile", fieldHintCloud = "field_hint.cloud"
    case fieldHintSourceRegion = "field_hint.source_region", fieldHintBucket = "field_hint.bucket", fieldHintKey = "field_hint.key"
    case fieldHintDestinationRegion = "field_hint.destination_region", fieldHintDescription = "field_hint.description"
    case fieldHintKMS = "field_hint.kms", fieldHintMetadata = "field_hint.metadata", fieldHintRestore = "field_hint.restore"
    case fieldHintAppID = "field_hint.app_id", fieldHintStorageClass = "field_hint.storage_class"
    case fieldHintConsistency = "field_hint.consistency", fieldHintProtocol = "field_hint.protocol"
    case fieldHintDomain = "field_hint.domain", fieldHintAuthentication = "field_hint.authentication"
    case fieldHintAuthenticationKey = "field_hint.authentication_key"
    case problemRequired = "problem.required", problemRequiredForTencent = "problem.required_for_tencent"
    case problemRequiredWithCDN = "problem.required_with_cdn", problemForbidden = "problem.forbidden"
    case problemEnvironmentNameMissing = "problem.environment_name_missing", problemEnvironmentUnset = "problem.environment_unset"
    case problemKeyWithoutAuthentication = "problem.key_without_authentication", problemProtocolRequired = "problem.protocol_required"
    case problemNotAccepted = "problem.not_accepted", problemTooLong = "problem.too_long"
    case valueFromConfig = "value.from_config", valueTypeToReplace = "value.type_to_replace", valueKeyOrEnv = "value.key_or_env"
    case valueOn = "value.on", valueOff = "value.off", valueNone = "value.none", valuePosition = "value.position"
    case formProfile = "form.profile", formReview = "form.review", formStartsAtOnce = "form.starts_at_once"
    case formDiscardTitle = "form.discard_title", formDiscardQuestion = "form.discard_question", formDiscards = "form.discards"
    case formBackToForm = "form.back_to_form", formNew = "form.new", formClone = "form.clone", formRefused = "form.refused"
    case formNeedsAttentionOne = "form.needs_attention_one", formNeedsAttention = "form.needs_attention"
    case formLineBelow = "form.line_below", formLinesBelow = "form.lines_below", formEnd = "form.end"
    case formNext = "form.next", formBack = "form.back", formChange = "form.change", formCreate = "form.create"
    case formScroll = "form.scroll", formCreating = "form.creating", formTooSmall = "form.too_small", formKept = "form.kept"

    // An API error's request id, after OMS's own message.
    case errorRequest = "error.request"

    // A terminal smaller than the dashboard needs.
    case tooSmall = "too_small", tooSmallNeed = "too_small.need", tooSmallFix = "too_small.fix"

    // Text that reads the same in every language.
    case verbatim = "verbatim"

    // What a command says when it fails.
    case formSecretUnset = "form.secret_unset", formSecretNoDefault = "form.secret_no_default"
    case formSecretNone = "form.secret_none", failureNoStartKeysHere = "failure.no_start_keys_here"
    case failureNoProject = "failure.no_project", failureNoProfile = "failure.no_profile"
    case failureSeeHelp = "failure.see_help", failureNeedsTerminal = "failure.needs_terminal"
    case failureArgumentsUnreadable = "failure.arguments_unreadable", failureUnknownTerminal = "failure.unknown_terminal"
    case failureFrameTooSmall = "failure.frame_too_small", failureNoStartKeys = "failure.no_start_keys"
    case failureUnreadableFile = "failure.unreadable_file", failureSeveralProfiles = "failure.several_profiles"
    case failureCannotListen = "failure.cannot_listen"
    case failureSimulatorCannotListen = "failure.simulator_cannot_listen"
    case failureSimulatorTLS = "failure.simulator_tls", failureWindowOrder = "failure.window_order"
    case failureNoNamesAfterSkip = "failure.no_names_after_skip", failureNoNames = "failure.no_names"
    case failureNoData = "failure.no_data", failureNoTaskInProfiles = "failure.no_task_in_profiles"
    case failureNoConfirmation = "failure.no_confirmation", failureCancelled = "failure.cancelled"
    case failureNamesProblem = "failure.names_problem", failurePlaceName = "failure.place_name"
    case failurePlaceLine = "failure.place_line", failureCannotReadNames = "failure.cannot_read_names"
    case failureReadTwice = "failure.read_twice", failureCannotRead = "failure.cannot_read"
    case failureKeepInputTMPDIR = "failure.keep_input_tmpdir"
    case failureKeepInputDiskFull = "failure.keep_input_disk_full"

    // Why an address cannot be listened on.
    case listenInUse = "listen.in_use", listenPermission = "listen.permission"
    case listenNoAddress = "listen.no_address", listenErrno = "listen.errno"

    // Options out of range.
    case optionNamed = "option.named", warningReadableSecrets = "warning.readable_secrets"
    case batchFailedAfter = "batch.failed_after", batchFailedNothing = "batch.failed_nothing"
    case confirmTask = "confirm.task"
    case keysUnknownAction = "keys.unknown_action", keysUnknownActionSuggest = "keys.unknown_action_suggest"
    case keysBadName = "keys.bad_name", keysInterrupt = "keys.interrupt", keysArrivesAs = "keys.arrives_as"
    case keysTypesInText = "keys.types_in_text", keysConflict = "keys.conflict"
    case themeUnknown = "theme.unknown", themeUnknownSuggest = "theme.unknown_suggest"
    case themeUnknownStyle = "theme.unknown_style", themeUnknownColor = "theme.unknown_color"
    case optionSpeed = "option.speed", optionTasks = "option.tasks", optionTenants = "option.tenants"
    case optionFaultRates = "option.fault_rates", optionFaultsFor = "option.faults_for"
    case optionStopAfter = "option.stop_after", optionTLSPair = "option.tls_pair", optionRefresh = "option.refresh"
    case hookCannotStart = "hook.cannot_start", hookExited = "hook.exited", hookKilled = "hook.killed"
    case optionShardTotal = "option.shard_total", optionShardRange = "option.shard_range"
    case optionShardNumber = "option.shard_number", optionShardAuto = "option.shard_auto"
    case optionReadyTimeout = "option.ready_timeout"
    case optionMaxRPM = "option.max_rpm", optionTypes = "option.types", optionWindowOrFrom = "option.window_or_from"
    case optionWindowSpan = "option.window_span", optionStatus = "option.status"
    case failureProfilesUnhealthy = "failure.profiles_unhealthy"
    case optionCredentialLifetime = "option.credential_lifetime", optionRevokeSource = "option.revoke_source"
    case optionNamesTwice = "option.names_twice", optionRate = "option.rate", optionSkip = "option.skip"

    // Times given to stats.
    case timeOutOfRange = "time.out_of_range", timeNotATime = "time.not_a_time"
    case timeInvalidDate = "time.invalid_date"

    // Why an object name cannot be sent.
    case nameEmpty = "name.empty", nameTooLong = "name.too_long", nameNotEncoded = "name.not_encoded"
    case nameNotUTF8 = "name.not_utf8", nameLineTooLong = "name.line_too_long"

    // What is wrong with the config, and why.
    case configUnreadable = "config.unreadable", configSyntax = "config.syntax", configInvalid = "config.invalid"
    case configUnknownRegion = "config.unknown_region", configMissingCredentials = "config.missing_credentials"
    case configUnknownProfile = "config.unknown_profile", configInvalidEndpoint = "config.invalid_endpoint"
    case configMissingEnvironment = "config.missing_environment", configUnusableCA = "config.unusable_ca"
    // Where a JSON text breaks the syntax: what was wrong, then what was found there.
    case jsonProblem = "json.problem", jsonFound = "json.found", jsonFoundEnd = "json.found_end"
    case jsonExpected = "json.expected", jsonAfterEnd = "json.after_end", jsonTooDeep = "json.too_deep"
    case jsonExpectedValue = "json.expected_value", jsonExpectedKey = "json.expected_key"
    case jsonControlInString = "json.control_in_string", jsonUnterminated = "json.unterminated"
    case jsonBadEscape = "json.bad_escape", jsonHighHalf = "json.high_half", jsonLowHalf = "json.low_half"
    case jsonHexDigits = "json.hex_digits", jsonNotUTF8 = "json.not_utf8", jsonLeadingZero = "json.leading_zero"
    case jsonTooLarge = "json.too_large", jsonExpectedDigit = "json.expected_digit"
    case reasonNoSuchFile = "reason.no_such_file", reasonPermissionOrNotFile = "reason.permission_or_not_file"
    case reasonPermission = "reason.permission", reasonNotPEM = "reason.not_pem", reasonNoAK = "reason.no_ak"
    case reasonNoSK = "reason.no_sk", reasonNotRegionName = "reason.not_region_name"
    case reasonNoRegion = "reason.no_region", reasonRegionsNotDefault = "reason.regions_not_default"
    case reasonRegionsList = "reason.regions_list", reasonDuplicateProfile = "reason.duplicate_profile"
    case reasonConfigNotObject = "reason.config_not_object", reasonPositiveSeconds = "reason.positive_seconds"
    case reasonWholeRequests = "reason.whole_requests", reasonTimeouts = "reason.timeouts"
    case reasonCreateNotObject = "reason.create_not_object", reasonEnvironmentUnset = "reason.environment_unset"
    case reasonNotURL = "reason.not_url", reasonSchemeHTTPS = "reason.scheme_https"
    case reasonHTTPLoopback = "reason.http_loopback", reasonOriginOnly = "reason.origin_only"
    case reasonNoProject = "reason.no_project", reasonProxyFormat = "reason.proxy_format"
    case reasonProxyScheme = "reason.proxy_scheme", reasonProxyPath = "reason.proxy_path"
    case reasonProxyBracket = "reason.proxy_bracket", reasonProxyTrailing = "reason.proxy_trailing"
    case reasonProxyNoHost = "reason.proxy_no_host", reasonProxyPort = "reason.proxy_port", reasonTimedOut = "reason.timed_out"
    case reasonClosedEarly = "reason.closed_early", reasonRefused = "reason.refused"
    case reasonNoResolve = "reason.no_resolve"

    // What failed on the network, and the fix.
    case errorUnreachable = "error.unreachable", errorTimedOut = "error.timed_out"
    case errorInvalidResponse = "error.invalid_response"
    case errorInvalidResponseRequest = "error.invalid_response_request", errorProxy = "error.proxy"
    case errorUntrusted = "error.untrusted"
    case proxyAsksPassword = "proxy.asks_password", proxyRefusedPassword = "proxy.refused_password"
    case proxyRefusedTunnel = "proxy.refused_tunnel", proxyRefusedTunnelUser = "proxy.refused_tunnel_user"
    case proxyNoConnectAnswer = "proxy.no_connect_answer", proxyUnreachable = "proxy.unreachable"

    // An error status from OMS, and the fix for the common ones.
    case serviceStatus = "service.status", serviceCodeStatus = "service.code_status"
    case serviceWithFix = "service.with_fix", serviceSaid = "service.said", serviceRequest = "service.request"
    case fixRefused = "fix.refused", fixRefusedBy = "fix.refused_by", fixThrottled = "fix.throttled"
    case fixRegionOnly = "fix.region_only", fixNoTask = "fix.no_task", fixPermission = "fix.permission"
    case fixKeyRenewing = "fix.key_renewing"

    // Temporary keys that could not be had, and the fix.
    case credentialExpired = "credential.expired", credentialSourceRefused = "credential.source_refused"
    case credentialAgencyRefused = "credential.agency_refused", credentialIAMFailed = "credential.iam_failed"
    case credentialSourceFailing = "credential.source_failing", credentialBadAnswer = "credential.bad_answer"
    case credentialECSUnreachable = "credential.ecs_unreachable", credentialECSNoAgency = "credential.ecs_no_agency"
    case credentialECSFailed = "credential.ecs_failed", credentialTokenFile = "credential.token_file"
    case credentialIDTokenRefused = "credential.id_token_refused"
    case reasonUnknownSource = "reason.unknown_source", reasonAgencyNeedsSource = "reason.agency_needs_source"
    case reasonSourceWithoutAgency = "reason.source_without_agency", reasonUnknownSourceProfile = "reason.unknown_source_profile"
    case reasonSourceIsAgency = "reason.source_is_agency", reasonAgencyFields = "reason.agency_fields"
    case reasonAgencyDuration = "reason.agency_duration", reasonNeedsIAM = "reason.needs_iam"
    case reasonAgencyNotDefault = "reason.agency_not_default", reasonNoCredentialsFile = "reason.no_credentials_file"
    case reasonCredentialsFileKeys = "reason.credentials_file_keys", reasonNoIDP = "reason.no_idp"
    case reasonNoChainLink = "reason.no_chain_link", reasonEmptyFile = "reason.empty_file"

    case credentialMemberAgencyRefused = "credential.member_agency_refused"
    case failureAccountPaging = "failure.account_paging"
    case organizationNameTaken = "organization.name_taken"
    case organizationAccountUnusable = "organization.account_unusable"
    case organizationRegionWithoutOMS = "organization.region_without_oms"
    case organizationListingFailed = "organization.listing_failed"
    case organizationNotListed = "organization.not_listed"
    case organizationNoAccounts = "organization.no_accounts"
    case reasonOrganizationAgency = "reason.organization_agency"
    case reasonRediscoverMinutes = "reason.rediscover_minutes"
    case reasonBadGlob = "reason.bad_glob"
    case reasonOrganizationRegions = "reason.organization_regions"
    case reasonOrganizationNoOMSRegion = "reason.organization_no_oms_region"
    case reasonOrganizationName = "reason.organization_name"
    case reasonDuplicateOrganization = "reason.duplicate_organization"
    case configUnknownOrganization = "config.unknown_organization"

    case optionOrganization = "option.organization"
    case optionRegions = "option.regions"
    case optionRegionDown = "option.region_down", optionFaultsOn = "option.faults_on"

    case failureProfilesNotListed = "failure.profiles_not_listed"

    case alertAccountLeft = "alert.account_left"
    case alertAccountJoined = "alert.account_joined"
    case watchStarted = "watch.started", watchStartedMany = "watch.started_many"
    case reloadDone = "reload.done", reloadRefused = "reload.refused", reloadDemo = "reload.demo"
    case alertListingFailing = "alert.listing_failing"
    case alertListingRecovered = "alert.listing_recovered"
    case alertProfileGone = "alert.profile_gone"
    case alertProfileRemoved = "alert.profile_removed"
    case alertRuleTurnedOff = "alert.rule_turned_off"

    case headerAccounts = "header.accounts"
    case fleetAccounts = "fleet.accounts"

    case bannerFleetAgency = "banner.fleet_agency"
    case bannerFleetAgencyFix = "banner.fleet_agency_fix"
    case bannerFleetAgencyFixShort = "banner.fleet_agency_fix_short"

    // Object storage: a task's destination bucket and the object lists OMS writes there.
    case storageDenied = "storage.denied", storageSignatureRefused = "storage.signature_refused"
    case storageNoBucket = "storage.no_bucket", storageNoKey = "storage.no_key", storageStatus = "storage.status"
    case storageRequest = "storage.request", failureStorageNeedsKey = "failure.storage_needs_key"
    case listTruncated = "list.truncated", listNoneYet = "list.none_yet", listNoneYetIgnored = "list.none_yet_ignored"
    case listNoBucket = "list.no_bucket", listSummary = "list.summary", listSummaryIgnored = "list.summary_ignored"
    case listShown = "list.shown", listUnreadable = "list.unreadable", listUnreadableMore = "list.unreadable_more"
    case listUnknown = "list.unknown", listNothingMatches = "list.nothing_matches", listNoSubtaskMatches = "list.no_subtask_matches"
    case optionLimit = "option.limit", optionGlob = "option.glob", optionFromFailed = "option.from_failed"
    case syncFromFailedNone = "sync.from_failed_none", optionNeedsFromFailed = "option.needs_from_failed"

    // The dashboard's failed objects of a task.
    case keyFailedObjects = "key.failed_objects", keyMark = "key.mark", keyMarkAll = "key.mark_all", keyRedrive = "key.redrive"
    case hintFailed = "hint.failed", hintMark = "hint.mark", hintMarkAll = "hint.mark_all", hintRedrive = "hint.redrive"
    case failedTitle = "failed.title", failedReading = "failed.reading", failedCounts = "failed.counts"
    case failedMarked = "failed.marked", failedShown = "failed.shown", failedNoneShown = "failed.none_shown"
    case failedTooMany = "failed.too_many", failedNeedsSynchronizing = "failed.needs_synchronizing"
    case detailLists = "detail.lists", detailListsNone = "detail.lists_none", detailListsUnreadable = "detail.lists_unreadable"
    case helpInObjects = "help.in_objects", failedUnreadable = "failed.unreadable", failedFilter = "failed.filter"

    // The exporter's web config (--web.config.file): TLS, basic authentication and headers.
    case webConfigUnusable = "web.config_unusable", webConfigLine = "web.config_line"
    case yamlTabIndent = "yaml.tab_indent", yamlIndentation = "yaml.indentation", yamlSeveralDocuments = "yaml.several_documents"
    case yamlUnsupported = "yaml.unsupported", yamlDuplicateKey = "yaml.duplicate_key", yamlExpectedKey = "yaml.expected_key"
    case yamlAfterValue = "yaml.after_value", yamlNestedMapping = "yaml.nested_mapping", yamlUnclosed = "yaml.unclosed"
    case yamlBadEscape = "yaml.bad_escape"
    case webUnknownField = "web.unknown_field", webUnsupportedField = "web.unsupported_field", webMissingField = "web.missing_field"
    case webBothGiven = "web.both_given", webClientCANeeded = "web.client_ca_needed", webClientCAUnused = "web.client_ca_unused"
    case webVersions = "web.versions", webHeaderNotAllowed = "web.header_not_allowed", webHeaderValue = "web.header_value"
    case webHeaderOneLine = "web.header_one_line", webUserName = "web.user_name", webNotBcrypt = "web.not_bcrypt"
    case webOneOf = "web.one_of", webKind = "web.kind", webKindMapping = "web.kind_mapping", webKindText = "web.kind_text"
    case webKindBoolean = "web.kind_boolean", webPEMUnusable = "web.pem_unusable", webTLSUnusable = "web.tls_unusable"
    case webNotPEMKey = "web.not_pem_key", webUnreadable = "web.unreadable"
    case webTLSSwitch = "web.tls_switch", webLifecycleOff = "web.lifecycle_off"

    /// One language's table from its faces' tables, which name each message once between them.
    static func merged(_ tables: [Message: String]...) -> [Message: String] {
        tables.reduce(into: [:]) { table, face in table.merge(face) { _, _ in preconditionFailure("a message in two faces' tables") } }
    }

    /// The `{name}` placeholders of a text, in order of appearance.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

extension Language {
    /// The message in this language, each `{name}` replaced by `values[name]`.
    public func text(_ message: Message, _ values: [String: String] = [:]) -> String {
        let template = table[message] ?? Message.english[message] ?? message.rawValue
        guard !values.isEmpty else { return template }
        // One pass, so that a value holding "{…}" (a typed filter) is never read as a placeholder.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            text += rest[..<open]
            text += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// This language's table.
    public var table: [Message: String] {
        switch self {
        case .english: Message.english
        case .simplifiedChinese: Message.simplifiedChinese
        }
    }
}
