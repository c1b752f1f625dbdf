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
    public enum Section: String, Sendable {
        case account = "Account"
        case source = "Source"
        case destination = "Destination"
        case options = "Options"
        case cdn = "Source CDN (optional: protocol and domain together)"
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

    public var label: String {
        switch self {
        case .profile: "Profile"
        case .srcCloudType: "Cloud"
        case .srcRegion: "Region"
        case .srcBucket: "Bucket"
        case .srcAK, .dstAK: "Access key (AK)"
        case .srcSK, .dstSK: "Secret key (SK)"
        case .dstRegion: "Region"
        case .dstBucket: "Bucket"
        case .description: "Description"
        case .enableKMS: "KMS encryption"
        case .enableMetadataMigration: "Migrate metadata"
        case .enableRestore: "Restore archived"
        case .appID: "Tencent app id"
        case .dstStoragePolicy: "Storage class"
        case .consistencyCheck: "Consistency check"
        case .cdnProtocol: "Protocol"
        case .cdnDomain: "Domain"
        case .cdnAuthenticationType: "Authentication"
        case .cdnAuthenticationKey: "Authentication key"
        }
    }

    /// A line about the field, shown while it has the keyboard.
    public var hint: String {
        switch self {
        case .profile: "the account and region the task is created in"
        case .srcCloudType: "Space cycles the ten clouds OMS copies from"
        case .srcRegion: "the source bucket's region, e.g. cn-beijing (at most 100 characters)"
        case .srcBucket, .dstBucket: "the bucket's name (at most 1024 characters)"
        case .srcAK, .srcSK, .dstAK, .dstSK:
            "hidden as typed (at most 100 characters); env:NAME reads the environment; clearing it twice gives back the config's key"
        case .dstRegion: "the OBS bucket's region, the profile's by default"
        case .description: "at most 255 characters, none of < > ( ) \" ' &"
        case .enableKMS: "encrypt objects in OBS with KMS; Space toggles"
        case .enableMetadataMigration: "copy object metadata (Content-Type always is); Space toggles"
        case .enableRestore: "restore archived source objects before copying them; Space toggles"
        case .appID: "required when the source is Tencent (at most 255 characters)"
        case .dstStoragePolicy: "Space cycles STANDARD, IA, ARCHIVE, DEEP_ARCHIVE, SRC_STORAGE_MAPPING"
        case .consistencyCheck: "Space cycles size_last_modified, crc64, transmission"
        case .cdnProtocol: "none, http or https: with a protocol, objects are read from the CDN domain"
        case .cdnDomain: "the CDN domain objects are read from (at most 1024 characters)"
        case .cdnAuthenticationType: "how OMS signs CDN requests; Space cycles"
        case .cdnAuthenticationKey: "only with an authentication other than NONE; hidden as typed; env:NAME reads the environment"
        }
    }
}
