# Sourced by scripts/run and scripts/test: installs the Debian 12 packages Verbund needs when
# any is missing. Quick when everything is there (one dpkg-query).
VERBUND_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libgl-dev catch2 fonts-dejavu-core fonts-liberation2 libsqlite3-dev
)

verbund_install_packages() {
    local missing=()
    local package
    for package in "${VERBUND_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    # The PostgreSQL server is installed for the tests' own private servers only: Debian's
    # package makes no cluster of its own and starts no service.
    if [[ " ${missing[*]} " == *" postgresql-"* ]]; then
        $sudo mkdir -p /etc/postgresql-common/createcluster.d
        echo "create_main_cluster = false" |
            $sudo tee /etc/postgresql-common/createcluster.d/verbund-no-main-cluster.conf >/dev/null
    fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}
