namespace KubeSharp.Api.OpenApi;

/// <summary>Which OpenAPI document a schema is built for: they differ in reference paths and union shapes.</summary>
public enum OpenApiVersion
{
    /// <summary>Swagger 2.0 (<c>/openapi/v2</c>): <c>#/definitions/</c>, no oneOf/anyOf.</summary>
    V2,

    /// <summary>OpenAPI 3.0 (<c>/openapi/v3/…</c>): <c>#/components/schemas/</c>.</summary>
    V3,
}
