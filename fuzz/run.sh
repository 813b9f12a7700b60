#!/usr/bin/env bash
# fuzz/run.sh TARGET SECONDS — fuzzes one target of fuzz/Kronika.Fuzz (tokenize, html or extract) with afl++
# for SECONDS seconds, starting from fuzz/seeds/TARGET, and replays what it found (docs/fuzzing.md).
# Installs what it needs: afl++ (Debian package), the SharpFuzz instrumenter (a local dotnet tool, see
# fuzz/dotnet-tools.json) and the Polish dictionary. Everything it writes goes to fuzz/out/TARGET/
# (not tracked): bin/ the instrumented build, afl/ afl's queue, crashes and hangs, summary.txt the figures.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${1:-}
seconds=${2:-}
if [[ ! "$target" =~ ^(tokenize|html|extract)$ || ! "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: fuzz/run.sh tokenize|html|extract SECONDS" >&2
    exit 64
fi

if ! command -v afl-fuzz >/dev/null; then
    sudo=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++ >/dev/null
fi

(cd "$root/fuzz" && dotnet tool restore >/dev/null)
bash "$root/scripts/fetch-morfologik.sh"

out="$root/fuzz/out/$target"
rm -rf "$out/bin"
mkdir -p "$out"
dotnet publish "$root/fuzz/Kronika.Fuzz/Kronika.Fuzz.csproj" -c Release -o "$out/bin" -nologo -v q >/dev/null

# Instrument Kronika's own assemblies, and for the HTML path the parser and Readability that it drives.
assemblies=(Kronika.Core Kronika.Polish Kronika.Ingest)
[[ "$target" == html ]] && assemblies+=(AngleSharp SmartReader)
for name in "${assemblies[@]}"; do
    (cd "$root/fuzz" && dotnet tool run sharpfuzz "$out/bin/$name.dll" >/dev/null)
done

# A resumed run keeps its queue (afl's "-i -"); a new one starts from the seeds.
input="$root/fuzz/seeds/$target"
[[ -f "$out/afl/default/fuzzer_stats" ]] && input=-

# afl++ checks for its own instrumentation in the binary (dotnet has none: SharpFuzz reports coverage through
# afl's shared memory), pins a core (the machine is shared), and waits for the models to load before the first input.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=120000 AFL_SKIP_CRASHES=0
started=$(date +%s)
afl-fuzz -V "$seconds" -i "$input" -o "$out/afl" -t 10000 -m none -- dotnet "$out/bin/Kronika.Fuzz.dll" "$target" >"$out/afl.log" 2>&1 || {
    tail -n 30 "$out/afl.log" >&2
    exit 1
}

stats="$out/afl/default/fuzzer_stats"
field() { awk -v k="$1" '$1 == k { print $3 }' "$stats"; }
crashes=$(find "$out/afl/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$out/afl/default/hangs" -type f -name 'id:*' | wc -l)
{
    echo "target $target, asked ${seconds} s, took $(( $(date +%s) - started )) s, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "execs $(field execs_done), $(field execs_per_sec) per second, corpus $(field corpus_count), edges found $(field edges_found), crashes $crashes, hangs $hangs"
} | tee "$out/summary.txt"

if (( crashes + hangs > 0 )); then
    echo "replaying the crashes and hangs (uninstrumented build of the same targets):"
    dotnet build "$root/fuzz/Kronika.Fuzz/Kronika.Fuzz.csproj" -c Release -nologo -v q >/dev/null
    find "$out/afl/default/crashes" "$out/afl/default/hangs" -type f -name 'id:*' -print0 |
        xargs -0 -r dotnet "$root/fuzz/Kronika.Fuzz/bin/Release/net10.0/Kronika.Fuzz.dll" "$target" || true
fi
