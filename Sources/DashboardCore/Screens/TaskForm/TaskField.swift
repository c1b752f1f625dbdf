import OMSCore

/// A field of the create form, in the order the form shows them.
public enum TaskField: CaseIterable, Sendable {
    case profile
    case srcCloudType, srcRegion, srcBucket, srcAK, srcSK
    case dstRegion, dstBucket, dstAK, dstSK
    case description, enableKMS, enableMetadataMigration, enableRestore, appID, dstStoragePolicy, consistencyCheck
    case cdnProtocol, cdnDomain, cdnAuthenticationType, cdnAuthenticationKey

    /// How a field takes input.
    public enum Kind: Sendable, Equatable {
        /// Typed text.
        case text
        /// Typed text shown masked, or "env:NAME", or the config's keys.
        case secret
        /// On or off, with Space.
        case toggle
        /// One of a list, cycled with Space.
        case choice
    }

    /// The groups the form shows under headings.
    public enum Section: Sendable {
        case account, source, destination, options, cdn

        /// The heading.
        public var title: Message {
            switch self {
            case .account: .formAccount
            case .source: .formSource
            case .destination: .formDestination
            case .options: .formOptions
            case .cdn: .formCDN
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .srcAK, .srcSK, .dstAK, .dstSK, .cdnAuthenticationKey: .secret
        case .enableKMS, .enableMetadataMigration, .enableRestore: .toggle
        case .profile, .srcCloudType, .dstStoragePolicy, .consistencyCheck, .cdnProtocol, .cdnAuthenticationType: .choice
        default: .text
        }
    }

    public var section: Section {
        switch self {
        case .profile: .account
        case .srcCloudType, .srcRegion, .srcBucket, .srcAK, .srcSK: .source
        case .dstRegion, .dstBucket, .dstAK, .dstSK: .destination
        case .cdnProtocol, .cdnDomain, .cdnAuthenticationType, .cdnAuthenticationKey: .cdn
        default: .options
        }
    }

    /// The field's name in the create body (inside `source_cdn` for the CDN fields).
    public var apiName: String {
        switch self {
        case .profile: "profile"
        case .srcCloudType: "src_cloud_type"
        case .srcRegion: "src_region"
        case .srcBucket: "src_bucket"
        case .srcAK: "src_ak"
        case .srcSK: "src_sk"
        case .dstRegion: "dst_region"
        case .dstBucket: "dst_bucket"
        case .dstAK: "dst_ak"
        case .dstSK: "dst_sk"
        case .description: "description"
        case .enableKMS: "enable_kms"
        case .enableMetadataMigration: "enable_metadata_migration"
        case .enableRestore: "enable_restore"
        case .appID: "app_id"
        case .dstStoragePolicy: "dst_storage_policy"
        case .consistencyCheck: "consistency_check"
        case .cdnProtocol: "protocol"
        case .cdnDomain: "domain"
        case .cdnAuthenticationType: "authentication_type"
        case .cdnAuthenticationKey: "authentication_key"
        }
    }

    public var label: Message {
        switch self {
        case .profile: .fieldProfile
        case .srcCloudType: .fieldCloud
        case .srcRegion, .dstRegion: .fieldRegion
        case .srcBucket, .dstBucket: .fieldBucket
        case .srcAK, .dstAK: .fieldAK
        case .srcSK, .dstSK: .fieldSK
        case .description: .fieldDescription
        case .enableKMS: .fieldKMS
        case .enableMetadataMigration: .fieldMetadata
        case .enableRestore: .fieldRestore
        case .appID: .fieldAppID
        case .dstStoragePolicy: .fieldStorageClass
        case .consistencyCheck: .fieldConsistency
        case .cdnProtocol: .fieldProtocol
        case .cdnDomain: .fieldDomain
        case .cdnAuthenticationType: .fieldAuthentication
        case .cdnAuthenticationKey: .fieldAuthenticationKey
        }
    }

    /// A line about the field, shown while it has the keyboard.
    public var hint: Message {
        switch self {
        case .profile: .fieldHintProfile
        case .srcCloudType: .fieldHintCloud
        case .srcRegion: .fieldHintSourceRegion
        case .srcBucket, .dstBucket: .fieldHintBucket
        case .srcAK, .srcSK, .dstAK, .dstSK: .fieldHintKey
        case .dstRegion: .fieldHintDestinationRegion
        case .description: .fieldHintDescription
        case .enableKMS: .fieldHintKMS
        case .enableMetadataMigration: .fieldHintMetadata
        case .enableRestore: .fieldHintRestore
        case .appID: .fieldHintAppID
        case .dstStoragePolicy: .fieldHintStorageClass
        case .consistencyCheck: .fieldHintConsistency
        case .cdnProtocol: .fieldHintProtocol
        case .cdnDomain: .fieldHintDomain
        case .cdnAuthenticationType: .fieldHintAuthentication
        case .cdnAuthenticationKey: .fieldHintAuthenticationKey
        }
    }
}
