import OMSCore
import Testing

@Suite("S3 Signature V4 as OBS accepts it, against AWS's published example")
struct ObjectStorageSignerTests {
    /// AWS's "GET Object" example of Signature V4 for S3 (Authenticating Requests: Using the
    /// Authorization Header, examples).
    @Test("the published GET Object example signs to its published signature")
    func publishedExample() {
        let request = SignableRequest(method: "GET", path: "/test.txt", headers: [
            ("Host", "examplebucket.s3.amazonaws.com"), ("Range", "bytes=0-9"),
            ("x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("x-amz-date", "20130524T000000Z"),
        ])
        let signer = ObjectStorageSigner(
            accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: Secret("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), region: "us-east-1")
        let authorization = signer.authorization(for: request)
        #expect(authorization == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
        let parsed = ObjectStorageAuthorization(parsing: authorization)
        #expect(parsed?.accessKey == "AKIAIOSFODNN7EXAMPLE" && parsed?.region == "us-east-1" && parsed?.day == "20130524")
        #expect(ObjectStorageAuthorization(parsing: "AWS4-HMAC-SHA256 Credential=AK/20130524/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=x") == nil)
    }
}
