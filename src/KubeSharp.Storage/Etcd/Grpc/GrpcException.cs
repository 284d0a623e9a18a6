namespace KubeSharp.Storage.Etcd.Grpc;

/// <summary>A call that ended with a gRPC status other than OK (code and message from the trailers).</summary>
internal sealed class GrpcException(string method, int statusCode, string detail)
    : Exception($"{method}: gRPC status {statusCode}: {detail}")
{
    /// <summary>gRPC's <c>UNAVAILABLE</c>: the member cannot serve now; another endpoint may.</summary>
    public const int Unavailable = 14;

    public int StatusCode { get; } = statusCode;

    public string Detail { get; } = detail;
}
