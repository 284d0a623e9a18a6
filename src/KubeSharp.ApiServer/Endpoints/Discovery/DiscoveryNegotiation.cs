using KubeSharp.ApiServer.Endpoints.Negotiation;

namespace KubeSharp.ApiServer.Endpoints.Discovery;

/// <summary>
/// Picks the discovery format from an <c>Accept</c> header as upstream's aggregated discovery wrapper does: the
/// first acceptable range naming <c>g=apidiscovery.k8s.io;v=v2|v2beta1;as=APIGroupDiscoveryList</c> wins, and
/// anything else (plain JSON, <c>*/*</c>, nothing) gets the legacy documents, never a 406.
/// </summary>
public static class DiscoveryNegotiation
{
    public const string Group = "apidiscovery.k8s.io";

    public const string ListKind = "APIGroupDiscoveryList";

    public static DiscoveryFormat Negotiate(string? accept)
    {
        foreach (var range in MediaType.ParseAccept(accept))
        {
            if (range["g"] == Group && range["as"] == ListKind && range.Matches("application/json"))
            {
                switch (range["v"])
                {
                    case "v2":
                        return DiscoveryFormat.AggregatedV2;
                    case "v2beta1":
                        return DiscoveryFormat.AggregatedV2Beta1;
                }

                continue;
            }

            if (range.Matches("application/json"))
            {
                return DiscoveryFormat.Legacy;
            }
        }

        return DiscoveryFormat.Legacy;
    }

    /// <summary>The Content-Type that tells the client which format it got (it must name the GVK).</summary>
    public static string ContentType(DiscoveryFormat format) => format switch
    {
        DiscoveryFormat.AggregatedV2 => $"application/json;g={Group};v=v2;as={ListKind}",
        DiscoveryFormat.AggregatedV2Beta1 => $"application/json;g={Group};v=v2beta1;as={ListKind}",
        _ => "application/json",
    };

    public static string ApiVersion(DiscoveryFormat format) =>
        format == DiscoveryFormat.AggregatedV2 ? Group + "/v2" : Group + "/v2beta1";
}
