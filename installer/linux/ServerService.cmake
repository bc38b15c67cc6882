# SPDX-License-Identifier: GPL-3.0-or-later
# province-server as a systemd service: the unit and its configuration file, in the server's
# package. The package's maintainer scripts (server/postinst, prerm, postrm) create the
# system user and folders. Included by Packaging.cmake.
set(server_dir ${STATION_INSTALLER_DIR}/linux/server)

# Relative to the prefix, as the udev rule: /usr/lib/systemd/system in the package.
install(FILES ${server_dir}/province-server.service DESTINATION lib/systemd/system
        COMPONENT server)
# A conffile (server/conffiles): dpkg keeps the administrator's changes on upgrade. /etc is
# absolute, whatever the prefix.
install(FILES ${server_dir}/province-server.conf DESTINATION /etc/province-server
        COMPONENT server)
