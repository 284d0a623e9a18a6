namespace KubeSharp.ApiServer.Endpoints.Negotiation;

/// <summary>
/// The negotiated answer format: a shape and, for Table and PartialObjectMetadata, the meta.k8s.io version
/// (v1 or v1beta1) the client asked for.
/// </summary>
public sealed record ResponseFormat(ResponseShape Shape, string MetaVersion)
{
    public static readonly ResponseFormat Object = new(ResponseShape.Object, "v1");

    /// <summary>
    /// Picks the first acceptable media range, as upstream's negotiation does: JSON (or <c>*/*</c>) is the object;
    /// <c>as=Table;g=meta.k8s.io</c> and <c>as=PartialObjectMetadata…</c> transform it; protobuf and YAML ranges
    /// are skipped (kubectl always also accepts JSON). Nothing acceptable is 406.
    /// </summary>
    public static ResponseFormat Negotiate(string? accept)
    {
        var ranges = MediaType.ParseAccept(accept);
        if (ranges.Count == 0)
        {
            return Object;
        }

        foreach (var range in ranges)
        {
            if (!range.Matches("application/json"))
            {
                continue;
            }

            var transform = range["as"];
            if (transform is null)
            {
                if (range["g"] is null)
                {
                    return Object;
                }

                continue;
            }

            if (range["g"] != "meta.k8s.io" || range["v"] is not ("v1" or "v1beta1"))
            {
                continue;
            }

            switch (transform)
            {
                case "Table":
                    return new ResponseFormat(ResponseShape.Table, range["v"]!);
                case "PartialObjectMetadata" or "PartialObjectMetadataList":
                    return new ResponseFormat(ResponseShape.PartialObjectMetadata, range["v"]!);
            }
        }

        throw StatusError.NotAcceptable("application/json, application/yaml, application/vnd.kubernetes.protobuf");
    }
}
