using KubeSharp.Dns.Records;

namespace KubeSharp.Dns.Server;

/// <summary>What the cluster zone says about a question: records, or a negative answer with the zone's SOA.</summary>
internal sealed record ZoneAnswer(int ResponseCode, IReadOnlyList<DnsRecord> Answers, SoaRecord? Authority);
