using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RosterLowerBound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "LowerBoundAgentHours",
                table: "Rosters",
                type: "float",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LowerBoundAgentHours",
                table: "Rosters");
        }
    }
}
